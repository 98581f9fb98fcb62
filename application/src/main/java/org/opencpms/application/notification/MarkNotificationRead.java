package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A user marks one of their own in-app notifications read or unread; another user's notification is not found
 * (the same answer as one that does not exist). Marking read again keeps the first read instant.
 */
@ApplicationScoped
@Transactional
public class MarkNotificationRead {

    public record Command(Actor actor, NotificationId notification, boolean read) {
        public Command {
            Require.present(actor, "actor");
            Require.present(notification, "notification-id");
        }
    }

    private final Notifications notifications;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public MarkNotificationRead(Notifications notifications, Auditing auditing, Clock clock) {
        this.notifications = notifications;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @return the notification as it is now
     * @throws org.opencpms.domain.notification.NotificationNotFound {@code notification.not-found} unless in the
     *         actor's own inbox
     */
    public Notification handle(Command cmd) {
        var me = cmd.actor().id();
        notifications.get(me, cmd.notification());
        notifications.markRead(cmd.notification(), cmd.read() ? clock.instant() : null);
        auditing.record(cmd.actor(), AuditAction.UPDATE, "Notification", cmd.notification(), null,
                cmd.read() ? "marked read" : "marked unread");
        return notifications.get(me, cmd.notification());
    }
}
