package org.opencpms.adapters.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.opencpms.domain.shared.Require;

/**
 * The relay's side of the outbox: the pending messages, oldest first, and marking one published.
 *
 * <p>Order: by the time the event occurred, then by id (the order of writing). A relay marks a message
 * published in the transaction that delivers it ({@link #markPublished}), by a conditional {@code UPDATE ... WHERE
 * published_at IS NULL}: of relays on several nodes handling the same message at once, the second waits for the
 * first's commit and then updates nothing, so it delivers nothing — each message is delivered by one relay, once,
 * on H2 and PostgreSQL alike. A relay whose transaction rolls back leaves the message pending for the next try.
 */
@ApplicationScoped
public class OutboxReader {

    private final EntityManager em;

    @Inject
    public OutboxReader(EntityManager em) {
        this.em = em;
    }

    /**
     * Up to {@code limit} unpublished messages, oldest first.
     *
     * @throws org.opencpms.domain.shared.InvalidValue {@code limit.invalid} unless 1 to {@value Require#MAX_PAGE_SIZE}
     */
    public List<OutboxMessage> pending(int limit) {
        Require.page(0, limit);
        return em.createQuery("SELECT o FROM OutboxEntity o WHERE o.publishedAt IS NULL ORDER BY o.occurredAt, o.id",
                        OutboxEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(OutboxEntity::toMessage).toList();
    }

    /**
     * Marks a pending message published at {@code at}, claiming it for the caller's transaction: until that commits
     * or rolls back, another transaction marking it waits, and then marks it only if this one rolled back. The row is
     * locked {@code FOR UPDATE} first: H2 does not promise to re-check the conditional update against a row another
     * transaction committed meanwhile (see {@code JpaMailQueue}).
     *
     * @return whether a pending message with that id was marked (false if unknown or already published)
     */
    public boolean markPublished(long id, Instant at) {
        Require.present(at, "published-at");
        var row = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.published()) {
            return false;
        }
        return em.createQuery("UPDATE OutboxEntity o SET o.publishedAt = :at WHERE o.id = :id AND o.publishedAt IS NULL")
                .setParameter("at", OutboxEntity.utc(at))
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** Deletes the messages published before {@code cutoff}; returns how many. */
    public int deletePublishedBefore(Instant cutoff) {
        Require.present(cutoff, "cutoff");
        return em.createQuery("DELETE FROM OutboxEntity o WHERE o.publishedAt IS NOT NULL AND o.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
