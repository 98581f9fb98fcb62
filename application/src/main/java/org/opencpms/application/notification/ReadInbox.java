package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A user reads their own in-app notifications, newest first, all or only the unread ones; nobody reads another
 * user's inbox.
 */
@ApplicationScoped
@Transactional
public class ReadInbox {

    /**
     * @param offset how many notifications to skip, at least 0
     * @param limit  how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     * @param unreadOnly whether to list only those not marked read
     */
    public record Query(Actor actor, boolean unreadOnly, int offset, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.page(offset, limit);
        }
    }

    private final Notifications notifications;
    private final Auditing auditing;

    @Inject
    public ReadInbox(Notifications notifications, Auditing auditing) {
        this.notifications = notifications;
        this.auditing = auditing;
    }

    /** The actor's own inbox: notifications carry no patient data beyond a nickname. */
    public List<Notification> handle(Query query) {
        auditing.record(query.actor(), AuditAction.READ, "Inbox", query.actor().id(), null, "read inbox");
        return notifications.inboxOf(query.actor().id(), query.unreadOnly(), query.offset(), query.limit());
    }
}
