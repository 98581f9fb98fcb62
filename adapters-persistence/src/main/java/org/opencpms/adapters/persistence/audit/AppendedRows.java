package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Inserts the records one append made, all in one statement sent at once (one round trip, however many records), in
 * their order, so that the database numbers their {@code ordinal} in the order they were appended. Plain SQL: the
 * unit of work would insert them only at commit and in no set order. Identifiers go as text, cast in SQL, so that an
 * absent one is a typed null on both engines.
 */
final class AppendedRows {

    private static final String INSERT = "INSERT INTO audit_entry (chain, seq, occurred_at, actor_id, action, resource_type,"
            + " resource_id, patient_id, origin, purpose, previous_hash, hash) VALUES ";

    private static final String ROW = "(?, ?, ?, CAST(? AS UUID), ?, ?, ?, CAST(? AS UUID), ?, ?, ?, ?)";

    private static final int COLUMNS = 12;

    private AppendedRows() {
    }

    static void insert(EntityManager em, List<AuditRecord> records) {
        Query insert = em.createNativeQuery(INSERT + String.join(", ", Collections.nCopies(records.size(), ROW)));
        insert.setHint("eclipselink.flush", "false");
        int p = 0;
        for (AuditRecord record : records) {
            insert.setParameter(++p, record.chain())
                    .setParameter(++p, record.seq())
                    .setParameter(++p, AuditRecord.toColumn(record.at()))
                    .setParameter(++p, text(record.actor()))
                    .setParameter(++p, record.action())
                    .setParameter(++p, record.resourceType())
                    .setParameter(++p, record.resourceId())
                    .setParameter(++p, text(record.patient()))
                    .setParameter(++p, record.origin())
                    .setParameter(++p, record.purpose())
                    .setParameter(++p, record.previousHash())
                    .setParameter(++p, record.hash());
        }
        int inserted = insert.executeUpdate();
        if (inserted != records.size() || p != records.size() * COLUMNS) {
            throw new IllegalStateException("audit append inserted " + inserted + " of " + records.size() + " records");
        }
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
