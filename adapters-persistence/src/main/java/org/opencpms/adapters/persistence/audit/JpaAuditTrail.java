package org.opencpms.adapters.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.audit.AuditChain;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.TrailHead;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * The audit trail as append-only, hash-chained tables: several independent chains, so that audited transactions
 * appending to different chains never wait on each other.
 *
 * <p>Mapping: each entry is one row of {@code audit_entry} in one chain ({@code chain}, 0 to 63), numbered
 * {@code seq} = 1, 2, 3, ... in the order of appending to that chain, with every field of {@link AuditEntry} (its
 * time truncated to microseconds, the precision both engines store), the hash of the chain's previous row
 * ({@code previous_hash}; 64 zeros for the first) and its own {@code hash}: the SHA-256 of a canonical encoding of
 * its chain, its sequence number, its fields and the previous hash (see {@link AuditRecord}). One row of
 * {@code audit_chain} per chain holds its last sequence number and hash. The single chain of earlier versions is
 * chain 0, its records unchanged. Reads list entries in the order they were recorded: by {@code ordinal}, numbered by
 * the database as each row is inserted (an identity column: no round trip, no lock). The order within a chain is
 * proven by the chain; the order across chains is the database's and not hashed.
 *
 * <p>Invariants: rows are only ever inserted; a transaction appends to one chain, whose head it locks in its
 * transaction ({@link ChainHeads}: the first of {@link AuditChains#count()} chains that no other transaction holds),
 * so concurrent writers never fork a chain or reuse a number, and a rolled-back append leaves neither row nor head
 * changed. The lock is held until the caller's transaction ends, so use cases record their audit entry last, and
 * an append first writes whatever the transaction has pending, so that the locked window holds only the entries,
 * the head and the commit, and no other lock is taken after the head. {@link #recordAll} appends several entries (a
 * list page's) under one lock with one head update; {@link #record} is the case of one. {@link #verify()} recomputes
 * every chain and names the first altered, deleted or inserted record. A chain proves tampering by anyone who does
 * not also rewrite every later record of it and its head; {@link #verify(Optional, Progress)} against heads anchored
 * outside the database (a signed {@link Checkpoint}) closes that gap.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, AuditChain {

    private static final String RECORD_COLUMNS = TrailVerification.RECORD_COLUMNS;

    private static final String RECORDED_ORDER = " ORDER BY e.ordinal";

    private final EntityManager em;
    private final ChainHeads heads;

    @Inject
    public JpaAuditTrail(EntityManager em, AuditChains chains) {
        this.em = em;
        this.heads = new ChainHeads(em, chains);
    }

    /** Appending to {@link AuditChains#DEFAULT} chains. */
    public JpaAuditTrail(EntityManager em) {
        this(em, new AuditChains(AuditChains.DEFAULT));
    }

    @Override
    public void record(AuditEntry entry) {
        Require.present(entry, "audit-entry");
        recordAll(List.of(entry));
    }

    /** Takes a chain's head once, appends the entries after it in their order and moves the head past the last one. */
    @Override
    public void recordAll(List<AuditEntry> entries) {
        Require.present(entries, "audit-entries");
        entries.forEach(entry -> Require.present(entry, "audit-entry"));
        if (entries.isEmpty()) {
            return;
        }
        writePending(entries.get(0));
        var head = heads.take();
        var appended = new ArrayList<AuditRecord>(entries.size());
        String previousHash = head.hash();
        for (AuditEntry entry : entries) {
            var record = AuditRecord.append(head.chain(), head.seq() + appended.size() + 1, entry, previousHash);
            appended.add(record);
            previousHash = record.hash();
        }
        heads.advance(head, appended.get(appended.size() - 1));
        AppendedRows.insert(em, appended);
    }

    /**
     * Writes what the transaction has pending before the head is locked, so that the lock, which
     * serialises the audited transactions of one chain, is held only while the entry and the head are written
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
                        + RECORDED_ORDER, Object[].class)
                .setParameter("patient", patient.value())
                .getResultList().stream().map(TrailVerification::record).map(AuditRecord::toEntry).toList();
    }

    @Override
    public List<AuditEntry> page(AuditCriteria criteria, int offset, int limit) {
        Require.present(criteria, "audit-criteria");
        Require.page(offset, limit);
        var where = new CriteriaClauses(criteria);
        return where.bind(em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE 1 = 1"
                        + where.and() + RECORDED_ORDER, Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(TrailVerification::record).map(AuditRecord::toEntry).toList();
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
                        + RECORDED_ORDER, Object[].class))
                .setParameter("erns", List.copyOf(erns))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(TrailVerification::record).map(AuditRecord::toEntry).toList();
    }

    /** The chains checked without an anchor and without reporting progress: tests and offline checks. */
    public ChainVerification verify() {
        return verify(Optional.empty(), Progress.NONE);
    }

    @Override
    public TrailHead head() {
        return heads.all();
    }

    /**
     * Recomputes every chain, in batches and without locking, against the heads as they were when the check began
     * (records appended meanwhile are left for the next check), telling the progress after every batch.
     *
     * @return intact, or the first breach: which record of which chain was altered, deleted, inserted or rewritten,
     *     and why
     */
    @Override
    public ChainVerification verify(Optional<Checkpoint> anchor, Progress progress) {
        Require.present(anchor, "anchor");
        Require.present(progress, "progress");
        return new TrailVerification(em, heads).run(anchor, progress);
    }
}
