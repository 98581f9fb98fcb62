package org.opencpms.adapters.persistence.calendar;

import static org.opencpms.adapters.persistence.notification.JpaNotifications.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.calendar.CalendarFeeds;
import org.opencpms.domain.shared.UserId;

/** The calendar feeds in {@code calendar_feed}: one row per user, found by the digest of its secret. */
@ApplicationScoped
public class JpaCalendarFeeds implements CalendarFeeds {

    private final EntityManager em;

    @Inject
    public JpaCalendarFeeds(EntityManager em) {
        this.em = em;
    }

    @Override
    public void issue(UserId owner, String digest, Instant at) {
        var row = em.find(CalendarFeedEntity.class, owner.value());
        if (row == null) {
            row = new CalendarFeedEntity();
            row.userId = owner.value();
            em.persist(row);
        }
        row.secretDigest = digest;
        row.issuedAt = utc(at);
        Stores.flush(em, "calendar-feed", owner);
    }

    @Override
    public boolean revoke(UserId owner) {
        return em.createQuery("delete from CalendarFeed f where f.userId = :user").setParameter("user", owner.value())
                .executeUpdate() == 1;
    }

    @Override
    public Optional<UserId> ownerOf(String digest) {
        return em.createQuery("select f.userId from CalendarFeed f where f.secretDigest = :digest", UUID.class)
                .setParameter("digest", digest).getResultStream().findFirst().map(UserId::new);
    }
}
