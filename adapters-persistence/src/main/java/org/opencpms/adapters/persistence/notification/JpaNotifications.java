package org.opencpms.adapters.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Delivered notifications in the {@code notification} table, one row per notification, whatever
 * its channel; the in-app inbox is the rows with {@code in_app} set.
 *
 * <p>Invariants: a notification is inserted once and never changed; {@link #inboxOf} reads a
 * page of the recipient's in-app notifications from the {@code (recipient_id, notified_at, seq)}
 * index, newest first, and of those notified at the same instant the later delivered first. Times
 * are kept to the microsecond, the precision of {@code TIMESTAMP WITH TIME ZONE}. Delivering by
 * e-mail and push is the messaging adapter's; this store keeps the record of what was delivered.
 */
@ApplicationScoped
public class JpaNotifications implements Notifications {

    private final EntityManager em;

    @Inject
    public JpaNotifications(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void deliver(Notification notification) {
        var row = new NotificationEntity();
        row.id = UUID.randomUUID();
        row.recipientId = notification.recipient().value();
        row.kind = notification.kind();
        row.channel = notification.channel();
        row.inApp = notification.channel().inApp();
        row.subject = notification.subject();
        row.body = notification.body();
        row.panelId = notification.aboutPanel().map(PanelId::value).orElse(null);
        row.notifiedAt = notification.at().atOffset(ZoneOffset.UTC);
        em.persist(row);
        Stores.flush(em, "notification", row.id);
    }

    @Override
    public List<Notification> inboxOf(UserId user, int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("select n from Notification n where n.recipientId = :user and n.inApp = true"
                        + " order by n.notifiedAt desc, n.seq desc", NotificationEntity.class)
                .setParameter("user", user.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaNotifications::toNotification).toList();
    }

    private static Notification toNotification(NotificationEntity row) {
        return new Notification(new UserId(row.recipientId), row.kind, row.channel, row.subject, row.body,
                row.panelId == null ? null : new PanelId(row.panelId), row.notifiedAt.toInstant());
    }
}
