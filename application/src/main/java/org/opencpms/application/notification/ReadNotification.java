package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A user reads one of their own in-app notifications; another user's is not found, like one that does not exist. */
@ApplicationScoped
@Transactional
public class ReadNotification {

    public record Query(Actor actor, NotificationId notification) {
        public Query {
            Require.present(actor, "actor");
            Require.present(notification, "notification-id");
        }
    }

    private final Notifications notifications;
    private final Auditing auditing;

    @Inject
    public ReadNotification(Notifications notifications, Auditing auditing) {
        this.notifications = notifications;
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.notification.NotificationNotFound {@code notification.not-found} */
    public Notification handle(Query query) {
        var notification = notifications.get(query.actor().id(), query.notification());
        auditing.record(query.actor(), AuditAction.READ, "Notification", query.notification(), null,
                "read notification");
        return notification;
    }
}
