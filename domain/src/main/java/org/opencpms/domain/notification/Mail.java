package org.opencpms.domain.notification;

import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/**
 * One e-mail to send for one notification, to its recipient's address, in their language; {@code attempt} counts
 * the tries so far, this one included. Its Message-ID is derived from {@code notification.id()} alone, so that every
 * try of the same notification carries the same one.
 */
public record Mail(Notification notification, EmailAddress to, Language language, int attempt) {

    public Mail {
        Require.present(notification, "notification");
        if (!notification.complete()) {
            throw new InvalidValue("notification-facts", "a mail names every fact of its topic");
        }
        Require.present(to, "email");
        Require.present(language, "language");
        if (attempt < 1) {
            throw new InvalidValue("attempt", "attempt counts from 1");
        }
    }

    public NotificationId id() {
        return notification.id();
    }
}
