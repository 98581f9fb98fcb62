package org.opencpms.domain.notification;

import java.time.Duration;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** How long before a meeting its attendees are reminded of it: from a minute to a week, one hour by default. */
public record ReminderLead(Duration value) {

    public static final ReminderLead DEFAULT = new ReminderLead(Duration.ofHours(1));

    public ReminderLead {
        Require.present(value, "reminder-lead");
        if (value.compareTo(Duration.ofMinutes(1)) < 0 || value.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidValue("reminder-lead", "a reminder comes a minute to a week before the meeting");
        }
    }
}
