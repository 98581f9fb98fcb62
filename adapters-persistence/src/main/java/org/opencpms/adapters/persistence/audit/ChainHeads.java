package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.TrailHead;

/**
 * The heads of the audit chains ({@code audit_chain}) on the caller's transaction: taking one to append to, moving it
 * on, reading them all.
 *
 * <p>A transaction takes the lowest-numbered of the first {@link AuditChains#count()} chains that no other
 * transaction holds ({@code FOR UPDATE SKIP LOCKED}), and keeps it: its later appends go to the same chain (remembered
 * in a property of its entity manager, which a container opens per transaction), so that a transaction never holds
 * two heads and two transactions can never wait on each other's. Only when every chain is held does it wait, for one
 * picked at random.
 */
final class ChainHeads {

    /** The entity manager property naming the chain its transaction holds. */
    private static final String HELD = "org.opencpms.audit.chain";

    private final EntityManager em;
    private final AuditChains chains;

    ChainHeads(EntityManager em, AuditChains chains) {
        this.em = em;
        this.chains = chains;
    }

    /** A chain's head as this transaction locked it. */
    record Head(int chain, long seq, String hash) {
    }

    /** The head of a chain, locked until the transaction ends: the one it holds already, else a free one. */
    Head take() {
        Object held = em.getProperties().get(HELD);
        Object[] row;
        if (held instanceof Integer chain) {
            row = lock(chain);
        } else {
            var free = em.createNamedQuery(AuditChainEntity.TAKE).setParameter(1, chains.count()).getResultList();
            row = free.isEmpty() ? lock(ThreadLocalRandom.current().nextInt(chains.count())) : (Object[]) free.get(0);
            em.setProperty(HELD, ((Number) row[0]).intValue());
        }
        return new Head(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), (String) row[2]);
    }

    private Object[] lock(int chain) {
        return (Object[]) em.createNamedQuery(AuditChainEntity.LOCK).setParameter(1, chain).getSingleResult();
    }

    /** Moves the locked head {@code from} on to {@code last}, the record appended last after it. */
    void advance(Head from, AuditRecord last) {
        int advanced = em.createNamedQuery(AuditChainEntity.ADVANCE)
                .setParameter(1, last.seq())
                .setParameter(2, last.hash())
                .setParameter(3, from.chain())
                .setParameter(4, from.seq())
                .executeUpdate();
        if (advanced != 1) {
            throw new IllegalStateException("the head of audit chain " + from.chain() + " moved from record " + from.seq()
                    + " while locked");
        }
    }

    /** Every chain's head now, without locking. */
    TrailHead all() {
        var heads = new HashMap<Integer, ChainHead>();
        em.createQuery("SELECT h.chain, h.lastSeq, h.lastHash FROM AuditChainEntity h", Object[].class).getResultList()
                .forEach(row -> heads.put((Integer) row[0], new ChainHead((Long) row[1], (String) row[2])));
        return new TrailHead(heads);
    }
}
