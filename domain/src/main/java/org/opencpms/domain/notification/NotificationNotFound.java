package org.opencpms.domain.notification;

import org.opencpms.domain.shared.NotFound;

/** No notification has this id among the caller's own (another user's answers the same). */
public final class NotificationNotFound extends NotFound {

    public static final String CODE = "notification.not-found";

    private static final long serialVersionUID = 1L;

    public NotificationNotFound(NotificationId id) {
        super(CODE, "no notification " + id);
    }
}
