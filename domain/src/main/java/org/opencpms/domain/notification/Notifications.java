package org.opencpms.domain.notification;

import java.util.List;
import org.opencpms.domain.shared.UserId;

/**
 * Port: delivers notifications (in-app inbox, e-mail, chat push) and keeps the in-app inbox.
 * Invariant: {@link #deliver} is called only after the change that caused the notification is
 * committed; what was delivered in-app is listed newest first.
 */
public interface Notifications {

    void deliver(Notification notification);

    /** A page of the user's in-app notifications, newest first. */
    List<Notification> inboxOf(UserId user, int offset, int limit);
}
