package org.opencpms.domain.user;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A user chose how to hear about one kind of notification. */
public record NotificationPreferenceChosen(UserId user, NotificationKind kind, NotificationChannel channel, Instant occurredAt) implements DomainEvent {

    public NotificationPreferenceChosen {
        Require.present(user, "user");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.present(occurredAt, "occurred-at");
    }
}
