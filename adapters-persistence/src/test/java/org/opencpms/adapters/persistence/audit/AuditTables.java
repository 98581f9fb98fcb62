package org.opencpms.adapters.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Raw JDBC on the audit tables, as someone with database access would tamper with them. Without a chain number, a
 * method means chain 0, the one a transaction takes when no other holds a chain (every test appending from one thread).
 */
final class AuditTables {

    private final DataSource dataSource;

    AuditTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void empty() {
        execute("DELETE FROM audit_entry");
        execute("UPDATE audit_chain SET last_seq = 0, last_hash = '" + AuditRecord.GENESIS + "'");
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void setHead(long seq, String hash) {
        setHead(0, seq, hash);
    }

    void setHead(int chain, long seq, String hash) {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain = ?")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setInt(3, chain);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long headSeq() {
        return headSeq(0);
    }

    long headSeq(int chain) {
        return Long.parseLong(head(chain, 1));
    }

    String headHash() {
        return headHash(0);
    }

    String headHash(int chain) {
        return head(chain, 2);
    }

    private String head(int chain, int column) {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE chain = " + chain)) {
            rs.next();
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of chain 0 in their order. */
    List<AuditRecord> all() {
        return everyChain().stream().filter(r -> r.chain() == 0).toList();
    }

    /** The records of every chain, by chain and number. */
    List<AuditRecord> everyChain() {
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT chain, seq, occurred_at, actor_id, action, resource_type, resource_id, patient_id, origin, purpose,"
                        + " previous_hash, hash FROM audit_entry ORDER BY chain, seq")) {
            List<AuditRecord> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new AuditRecord(rs.getInt(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
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
                "INSERT INTO audit_entry (chain, seq, occurred_at, actor_id, action, resource_type, resource_id, patient_id,"
                        + " origin, purpose, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, r.chain());
            ps.setLong(2, r.seq());
            ps.setObject(3, r.at().atOffset(ZoneOffset.UTC));
            ps.setObject(4, r.actor());
            ps.setString(5, r.action());
            ps.setString(6, r.resourceType());
            ps.setString(7, r.resourceId());
            ps.setObject(8, r.patient());
            ps.setString(9, r.origin());
            ps.setString(10, r.purpose());
            ps.setString(11, r.previousHash());
            ps.setString(12, r.hash());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the stored record of the same number. */
    void replace(AuditRecord r) {
        execute("DELETE FROM audit_entry WHERE chain = " + r.chain() + " AND seq = " + r.seq());
        insert(r);
    }
}
