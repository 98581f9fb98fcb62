package org.opencpms.adapters.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Raw JDBC on the audit tables, as someone with database access would tamper with them. */
final class AuditTables {

    private final DataSource dataSource;

    AuditTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void empty() {
        execute("DELETE FROM audit_entry");
        setHead(0, AuditRecord.GENESIS);
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void setHead(long seq, String hash) {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long headSeq() {
        return Long.parseLong(head(1));
    }

    String headHash() {
        return head(2);
    }

    private String head(int column) {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("SELECT last_seq, last_hash FROM audit_head")) {
            rs.next();
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<AuditRecord> all() {
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT seq, occurred_at, actor_id, action, resource_type, resource_id, patient_id, origin, purpose,"
                        + " previous_hash, hash FROM audit_entry ORDER BY seq")) {
            List<AuditRecord> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    AuditRecord get(long seq) {
        return all().stream().filter(r -> r.seq() == seq).findFirst().orElseThrow();
    }

    void insert(AuditRecord r) {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "INSERT INTO audit_entry (seq, occurred_at, actor_id, action, resource_type, resource_id, patient_id, origin,"
                        + " purpose, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.seq());
            ps.setObject(2, r.at().atOffset(ZoneOffset.UTC));
            ps.setObject(3, r.actor());
            ps.setString(4, r.action());
            ps.setString(5, r.resourceType());
            ps.setString(6, r.resourceId());
            ps.setObject(7, r.patient());
            ps.setString(8, r.origin());
            ps.setString(9, r.purpose());
            ps.setString(10, r.previousHash());
            ps.setString(11, r.hash());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the stored record of the same number. */
    void replace(AuditRecord r) {
        execute("DELETE FROM audit_entry WHERE seq = " + r.seq());
        insert(r);
    }
}
