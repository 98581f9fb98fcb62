package org.opencpms.domain.notification;

import java.util.Set;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/**
 * One e-mail to send for one notification, to its recipient's address, in their language; {@code attempt} counts
 * the tries so far, this one included. Its Message-ID is derived from {@code notification.id()} alone, so that every
 * try of the same notification carries the same one. A mail about a meeting names the addresses of the meeting's
 * {@code attendees} (clinicians, never a patient) in its calendar entry; any other names none.
 */
public record Mail(Notification notification, EmailAddress to, Language language, int attempt,
                   Set<EmailAddress> attendees) {

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
        attendees = Set.copyOf(Require.present(attendees, "attendees"));
    }

    /** A mail that names no attendees. */
    public Mail(Notification notification, EmailAddress to, Language language, int attempt) {
        this(notification, to, language, attempt, Set.of());
    }

    public NotificationId id() {
        return notification.id();
    }
}
