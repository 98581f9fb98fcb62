package org.opencpms.adapters.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.audit.AuditChain;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.ChainVerification.Breach;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * The audit trail as an append-only, hash-chained table.
 *
 * <p>Mapping: each entry is one row of {@code audit_entry}, numbered {@code seq} = 1, 2, 3, ... in
 * the order of appending, with every field of {@link AuditEntry} (its time truncated to
 * microseconds, the precision both engines store), the hash of the previous row
 * ({@code previous_hash}; 64 zeros for the first) and its own {@code hash}: the SHA-256 of a
 * canonical encoding of its sequence number, its fields and the previous hash (see
 * {@link AuditRecord}). The single row of {@code audit_head} holds the last sequence number and hash.
 *
 * <p>Invariants: rows are only ever inserted; appends are serialised by locking the head row
 * ({@code SELECT ... FOR UPDATE}) in the caller's transaction, so concurrent writers never fork the
 * chain or reuse a number, and a rolled-back append leaves neither row nor head changed. The lock
 * is held until the caller's transaction ends, so use cases record their audit entry last, and
 * an append first writes whatever the transaction has pending, so that the locked window holds
 * only the entries, the head and the commit. {@link #recordAll} appends several entries (a list
 * page's) under one lock with one head update; {@link #record} is the case of one.
 * {@link #verify()} recomputes the chain and names the first altered, deleted or inserted record.
 * The chain proves tampering by anyone who does not also rewrite every later record and the head;
 * {@link #verify(Optional, Progress)} against a head anchored outside the database (a signed
 * {@link Checkpoint}) closes that gap.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, AuditChain {

    private static final int VERIFY_BATCH = 1000;

    private static final String RECORD_COLUMNS = "e.seq, e.occurredAt, e.actorId, e.action, e.resourceType, e.resourceId,"
            + " e.patientId, e.origin, e.purpose, e.previousHash, e.hash";

    private final EntityManager em;

    @Inject
    public JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        Require.present(entry, "audit-entry");
        recordAll(List.of(entry));
    }

    /** Locks the head once, appends the entries after it in their order and moves the head past the last one. */
    @Override
    public void recordAll(List<AuditEntry> entries) {
        Require.present(entries, "audit-entries");
        entries.forEach(entry -> Require.present(entry, "audit-entry"));
        if (entries.isEmpty()) {
            return;
        }
        writePending(entries.get(0));
        Object[] head = (Object[]) em.createNamedQuery(AuditHeadEntity.LOCK)
                .setParameter(1, AuditHeadEntity.ID)
                .getSingleResult();
        long lastSeq = ((Number) head[0]).longValue();
        var appended = new ArrayList<AuditRecord>(entries.size());
        String previousHash = (String) head[1];
        for (AuditEntry entry : entries) {
            var record = AuditRecord.append(lastSeq + appended.size() + 1, entry, previousHash);
            appended.add(record);
            previousHash = record.hash();
        }
        var last = appended.get(appended.size() - 1);
        int advanced = em.createNamedQuery(AuditHeadEntity.ADVANCE)
                .setParameter(1, last.seq())
                .setParameter(2, last.hash())
                .setParameter(3, AuditHeadEntity.ID)
                .setParameter(4, lastSeq)
                .executeUpdate();
        if (advanced != 1) {
            throw new IllegalStateException("the audit head moved from record " + lastSeq + " while locked");
        }
        appended.forEach(record -> em.persist(new AuditEntryEntity(record)));
    }

    /**
     * Writes what the transaction has pending before the head is locked, so that the lock, which
     * serialises every audited transaction, is held only while the entry and the head are written
     * and the transaction commits. Pending writes are the inserts other ports leave to batch writing
     * (e.g. a new consent, the outbox rows), whose only possible failure is a race: the same key
     * inserted by another transaction first, reported like any race on the audited resource.
     */
    private void writePending(AuditEntry entry) {
        String resource = kebabCase(entry.resourceType());
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw Stores.translate(e, resource, entry.resourceId(), () -> new ConcurrentUpdate(resource, entry.resourceId()));
        }
    }

    /** {@code AccessRequest} as {@code access-request}, the way aggregates name themselves in error codes. */
    private static String kebabCase(String type) {
        return type.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public List<AuditEntry> concerning(PatientId patient) {
        Require.present(patient, "patient-id");
        return em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE e.patientId = :patient"
                        + " ORDER BY e.seq", Object[].class)
                .setParameter("patient", patient.value())
                .getResultList().stream().map(JpaAuditTrail::record).map(AuditRecord::toEntry).toList();
    }

    @Override
    public List<AuditEntry> page(AuditCriteria criteria, int offset, int limit) {
        Require.present(criteria, "audit-criteria");
        Require.page(offset, limit);
        var where = new CriteriaClauses(criteria);
        return where.bind(em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE 1 = 1"
                        + where.and() + " ORDER BY e.seq", Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaAuditTrail::record).map(AuditRecord::toEntry).toList();
    }

    @Override
    public List<AuditEntry> pageConcerningPatientsIn(Set<Ern> erns, AuditCriteria criteria, int offset, int limit) {
        Require.present(erns, "erns");
        Require.present(criteria, "audit-criteria");
        Require.page(offset, limit);
        if (erns.isEmpty()) {
            return List.of();
        }
        var where = new CriteriaClauses(criteria);
        return where.bind(em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE e.patientId IN"
                        + " (SELECT p.patientId FROM Panel p WHERE p.leadErn IN :erns)" + where.and()
                        + " ORDER BY e.seq", Object[].class))
                .setParameter("erns", List.copyOf(erns))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaAuditTrail::record).map(AuditRecord::toEntry).toList();
    }

    /** The chain checked without an anchor and without reporting progress: tests and offline checks. */
    public ChainVerification verify() {
        return verify(Optional.empty(), Progress.NONE);
    }

    @Override
    public ChainHead head() {
        Head head = storedHead();
        return new ChainHead(head.seq(), head.hash());
    }

    /**
     * Recomputes the whole chain, in batches and without locking, against the head as it was when
     * the check began (records appended meanwhile are left for the next check), telling the progress after
     * every batch.
     *
     * @return intact, or the first breach: which record was altered, deleted, inserted or rewritten, and why
     */
    @Override
    public ChainVerification verify(Optional<Checkpoint> anchor, Progress progress) {
        Require.present(anchor, "anchor");
        Require.present(progress, "progress");
        ChainHead head = head();
        var walk = new ChainWalk(head.sequence(), head.hash(), anchor);
        long after = Long.MIN_VALUE;
        List<AuditRecord> batch;
        do {
            batch = records(after, head.sequence());
            for (AuditRecord record : batch) {
                Optional<Breach> breach = walk.next(record);
                if (breach.isPresent()) {
                    progress.checked(walk.checked(), head.sequence());
                    return ChainVerification.breached(head, walk.checked(), breach.get());
                }
                after = record.seq();
            }
            progress.checked(walk.checked(), head.sequence());
        } while (batch.size() == VERIFY_BATCH);
        Optional<Breach> breach = walk.end().or(this::beyondHead);
        return breach.map(b -> ChainVerification.breached(head, walk.checked(), b))
                .orElseGet(() -> ChainVerification.intact(head, walk.checked()));
    }

    private List<AuditRecord> records(long after, long upTo) {
        return em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE e.seq > :after AND e.seq <= :upTo"
                        + " ORDER BY e.seq", Object[].class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(VERIFY_BATCH)
                .getResultList().stream().map(JpaAuditTrail::record).toList();
    }

    /**
     * A record numbered beyond the head was never appended: every append advances the head in its
     * own transaction, so the highest committed number read first can exceed the head read after it
     * only if someone inserted it by hand.
     */
    private Optional<Breach> beyondHead() {
        Long highest = em.createQuery("SELECT MAX(e.seq) FROM AuditEntryEntity e", Long.class).getSingleResult();
        long headSeq = storedHead().seq();
        if (highest == null || highest <= headSeq) {
            return Optional.empty();
        }
        long first = em.createQuery("SELECT MIN(e.seq) FROM AuditEntryEntity e WHERE e.seq > :head", Long.class)
                .setParameter("head", headSeq)
                .getSingleResult();
        return Optional.of(new Breach(first, Tampering.INSERTED,
                "record " + first + " lies beyond the last appended record " + headSeq));
    }

    private Head storedHead() {
        Object[] row = em.createQuery("SELECT h.lastSeq, h.lastHash FROM AuditHeadEntity h WHERE h.id = :id", Object[].class)
                .setParameter("id", AuditHeadEntity.ID)
                .getSingleResult();
        return new Head((Long) row[0], (String) row[1]);
    }

    private record Head(long seq, String hash) {
    }

    private static AuditRecord record(Object[] row) {
        return new AuditRecord((Long) row[0], ((OffsetDateTime) row[1]).toInstant(), (UUID) row[2], (String) row[3],
                (String) row[4], (String) row[5], (UUID) row[6], (String) row[7], (String) row[8], (String) row[9],
                (String) row[10]);
    }
}
