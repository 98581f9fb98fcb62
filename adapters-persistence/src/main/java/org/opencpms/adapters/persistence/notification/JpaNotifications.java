package org.opencpms.adapters.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Delivered notifications in the {@code notification} table, one row per notification, whatever
 * its channel; the in-app inbox is the rows with {@code in_app} set; a notification on an e-mail channel also gets
 * its {@code mail_delivery} row (pending, due at once), in the same transaction.
 *
 * <p>Invariants: a notification is inserted once and only its {@code read_at} changes; {@link #inboxOf} reads a
 * page of the recipient's in-app notifications from the {@code (recipient_id, notified_at, seq)} index (unread
 * ones from {@code (recipient_id, read_at, ...)}), newest first, and of those notified at the same instant the later
 * delivered first. Times are kept to the microsecond, the precision of {@code TIMESTAMP WITH TIME ZONE}. Sending
 * the e-mails is the messaging adapter's, driven by {@link JpaMailQueue}.
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
        row.id = notification.id().value();
        row.recipientId = notification.recipient().value();
        row.kind = notification.kind();
        row.topic = notification.topic();
        row.facts = FactsJson.encode(notification.facts());
        row.channel = notification.channel();
        row.inApp = notification.channel().inApp();
        row.subject = notification.subject();
        row.body = notification.body();
        row.panelId = notification.aboutPanel().map(PanelId::value).orElse(null);
        row.notifiedAt = utc(notification.at());
        row.readAt = notification.readAt() == null ? null : utc(notification.readAt());
        em.persist(row);
        Stores.flush(em, "notification", row.id);
        if (notification.channel().byEmail()) {
            var mail = new MailDeliveryEntity();
            mail.notificationId = row.id;
            mail.state = MailDeliveryEntity.PENDING;
            mail.dueAt = row.notifiedAt;
            em.persist(mail);
            Stores.flush(em, "notification", row.id);
        }
    }

    @Override
    public List<Notification> inboxOf(UserId user, boolean unreadOnly, int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("select n from Notification n where n.recipientId = :user and n.inApp = true"
                        + (unreadOnly ? " and n.readAt is null" : "")
                        + " order by n.notifiedAt desc, n.seq desc", NotificationEntity.class)
                .setParameter("user", user.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaNotifications::toNotification).toList();
    }

    @Override
    public Optional<Notification> find(UserId user, NotificationId id) {
        return Optional.ofNullable(em.find(NotificationEntity.class, id.value()))
                .filter(row -> row.recipientId.equals(user.value()) && row.inApp)
                .map(JpaNotifications::toNotification);
    }

    @Override
    public void markRead(NotificationId id, Instant at) {
        var row = em.find(NotificationEntity.class, id.value());
        if (row != null && (at == null || row.readAt == null)) {
            row.readAt = at == null ? null : utc(at);
            Stores.flush(em, "notification", row.id);
        }
    }

    static Notification toNotification(NotificationEntity row) {
        return new Notification(new NotificationId(row.id), new UserId(row.recipientId), row.topic, row.channel,
                FactsJson.decode(row.facts), row.subject, row.body,
                row.panelId == null ? null : new PanelId(row.panelId), row.notifiedAt.toInstant(),
                row.readAt == null ? null : row.readAt.toInstant());
    }

    public static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
