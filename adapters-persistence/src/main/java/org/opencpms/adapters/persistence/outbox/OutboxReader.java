package org.opencpms.adapters.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.opencpms.domain.shared.Require;

/**
 * The relay's side of the outbox: the pending messages, oldest first, and marking one published.
 *
 * <p>Order: by the time the event occurred, then by id (the order of writing). Delivery is at least
 * once — a relay that fails between delivering and {@link #markPublished} delivers again — so
 * receivers deduplicate on {@link OutboxMessage#id()}. One relay at a time is assumed (two would
 * deliver the same messages twice, which is still correct but wasteful).
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
     * Marks a pending message published at {@code at}.
     *
     * @return whether a pending message with that id was marked (false if unknown or already published)
     */
    public boolean markPublished(long id, Instant at) {
        Require.present(at, "published-at");
        var row = em.find(OutboxEntity.class, id);
        if (row == null || !row.pending()) {
            return false;
        }
        row.publishedAt(at);
        return true;
    }

    /** Deletes the messages published before {@code cutoff}; returns how many. */
    public int deletePublishedBefore(Instant cutoff) {
        Require.present(cutoff, "cutoff");
        return em.createQuery("DELETE FROM OutboxEntity o WHERE o.publishedAt IS NOT NULL AND o.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
