package org.opencpms.domain.notification;

import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** Identifies one notification to one user; the e-mail sent for it carries it in its Message-ID. */
public record NotificationId(UUID value) {

    public NotificationId {
        Require.present(value, "notification-id");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** @throws InvalidValue {@code notification-id.invalid} unless a UUID */
    public static NotificationId of(String value) {
        try {
            return new NotificationId(UUID.fromString(Require.present(value, "notification-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("notification-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
