package org.opencpms.domain.notification;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/** One message to one user, on the channel they chose for its kind; about a panel when {@code panel} is set. */
public record Notification(UserId recipient, NotificationKind kind, NotificationChannel channel, String subject,
                           String body, PanelId panel, Instant at) {

    public Notification {
        Require.present(recipient, "recipient");
        Require.present(kind, "notification-kind");
        Require.present(channel, "notification-channel");
        if (channel == NotificationChannel.NONE) {
            throw new InvalidValue("notification-channel", "a notification the recipient opted out of is not sent");
        }
        subject = Require.text(subject, "notification-subject", 200);
        body = Require.text(body, "notification-body", 4000);
        Require.present(at, "notification-at");
    }

    public Optional<PanelId> aboutPanel() {
        return Optional.ofNullable(panel);
    }
}
