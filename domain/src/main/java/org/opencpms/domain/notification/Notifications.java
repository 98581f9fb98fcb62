package org.opencpms.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.UserId;

/**
 * Port: keeps delivered notifications — the in-app inbox, and the e-mails still to send.
 *
 * <p>Invariants: {@link #deliver} is called only after the change that caused the notification is committed, in the
 * transaction that marks its cause handled; a notification whose channel includes e-mail is queued for the mail
 * worker in that same transaction ({@link MailQueue}), so it is mailed if and only if it is kept. The inbox lists
 * the in-app ones newest first; only the read state of a notification ever changes.
 */
public interface Notifications {

    void deliver(Notification notification);

    /** A page of the user's in-app notifications, newest first; only the unread ones when {@code unreadOnly}. */
    List<Notification> inboxOf(UserId user, boolean unreadOnly, int offset, int limit);

    /** The in-app notification with this id, if its recipient is {@code user}. */
    Optional<Notification> find(UserId user, NotificationId id);

    /** @throws NotificationNotFound {@code notification.not-found} unless {@code user} has it in their inbox */
    default Notification get(UserId user, NotificationId id) {
        return find(user, id).orElseThrow(() -> new NotificationNotFound(id));
    }

    /** Marks it read at {@code at}, or unread when {@code at} is null; keeps the first read instant when read again. */
    void markRead(NotificationId id, Instant at);
}
