package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.opencpms.domain.audit.AuditChain.Progress;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.ChainVerification.Breach;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.TrailHead;

/**
 * One verification of every chain of the trail, in chain order and in batches, without locking, against the heads
 * read when it began (records appended meanwhile are left for the next check); a {@link ChainWalk} per chain. The
 * chains walked are those with records up to their heads and those the anchor names, so that a chain cut back to
 * nothing is walked too; then no chain may hold a record beyond its head.
 */
final class TrailVerification {

    private static final int BATCH = 1000;

    static final String RECORD_COLUMNS = "e.chain, e.seq, e.occurredAt, e.actorId, e.action, e.resourceType, e.resourceId,"
            + " e.patientId, e.origin, e.purpose, e.previousHash, e.hash";

    private final EntityManager em;
    private final ChainHeads heads;

    TrailVerification(EntityManager em, ChainHeads heads) {
        this.em = em;
        this.heads = heads;
    }

    ChainVerification run(Optional<Checkpoint> anchor, Progress progress) {
        TrailHead head = heads.all();
        var chains = new TreeSet<>(head.chains().keySet());
        anchor.ifPresent(a -> chains.addAll(a.head().chains().keySet()));
        long checked = 0;
        for (int chain : chains) {
            var walk = new ChainWalk(chain, head.of(chain), anchor);
            long upTo = head.of(chain).sequence();
            long after = Long.MIN_VALUE;
            List<AuditRecord> batch;
            do {
                batch = records(chain, after, upTo);
                for (AuditRecord record : batch) {
                    Optional<Breach> breach = walk.next(record);
                    if (breach.isPresent()) {
                        progress.checked(checked + walk.checked(), head.records());
                        return ChainVerification.breached(head, checked + walk.checked(), breach.get());
                    }
                    after = record.seq();
                }
                progress.checked(checked + walk.checked(), head.records());
            } while (batch.size() == BATCH);
            checked += walk.checked();
            Optional<Breach> end = walk.end();
            if (end.isPresent()) {
                return ChainVerification.breached(head, checked, end.get());
            }
        }
        if (chains.isEmpty()) {
            progress.checked(0, 0);
        }
        long all = checked;
        return beyondHeads().map(b -> ChainVerification.breached(head, all, b))
                .orElseGet(() -> ChainVerification.intact(head, all));
    }

    private List<AuditRecord> records(int chain, long after, long upTo) {
        return em.createQuery("SELECT " + RECORD_COLUMNS + " FROM AuditEntryEntity e WHERE e.chain = :chain"
                        + " AND e.seq > :after AND e.seq <= :upTo ORDER BY e.seq", Object[].class)
                .setParameter("chain", chain)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setMaxResults(BATCH)
                .getResultList().stream().map(TrailVerification::record).toList();
    }

    /**
     * A record numbered beyond its chain's head was never appended: every append advances the head in its own
     * transaction, so the highest committed number of a chain read first can exceed its head read after it only if
     * someone inserted it by hand (or the head of a chain that has records is gone).
     */
    private Optional<Breach> beyondHeads() {
        List<Object[]> highest = em.createQuery("SELECT e.chain, MAX(e.seq) FROM AuditEntryEntity e GROUP BY e.chain"
                + " ORDER BY e.chain", Object[].class).getResultList();
        TrailHead now = heads.all();
        for (Object[] row : highest) {
            int chain = (Integer) row[0];
            long headSeq = now.of(chain).sequence();
            if ((Long) row[1] > headSeq) {
                long first = em.createQuery("SELECT MIN(e.seq) FROM AuditEntryEntity e WHERE e.chain = :chain"
                                + " AND e.seq > :head", Long.class)
                        .setParameter("chain", chain)
                        .setParameter("head", headSeq)
                        .getSingleResult();
                return Optional.of(new Breach(chain, first, Tampering.INSERTED,
                        "record " + first + " lies beyond the last appended record " + headSeq));
            }
        }
        return Optional.empty();
    }

    /** A row of {@link #RECORD_COLUMNS} as its record. */
    static AuditRecord record(Object[] row) {
        return new AuditRecord((Integer) row[0], (Long) row[1], ((OffsetDateTime) row[2]).toInstant(), (UUID) row[3],
                (String) row[4], (String) row[5], (String) row[6], (UUID) row[7], (String) row[8], (String) row[9],
                (String) row[10], (String) row[11]);
    }
}
