package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Schedules a meeting: its start (ISO-8601 instant), its length in minutes (5 to 480), the participants who attend
 * (user ids) and the https video link.
 */
public record MeetingRequest(@NotNull Instant start, @NotNull Integer durationMinutes,
                             @NotEmpty Set<@NotNull UUID> attendees,
                             @NotBlank @Size(max = PanelLimits.SHORT_TEXT) String videoLink) {

    ScheduleMeeting.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        if (attendees == null || attendees.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("attendees", "attendees are user ids");
        }
        return new ScheduleMeeting.Command(actor, panel, expectedVersion, start, minutes(durationMinutes),
                attendees.stream().map(UserId::new).collect(Collectors.toSet()), videoLink);
    }

    /** @throws InvalidValue {@code meeting-duration.invalid} without a length */
    static Duration minutes(Integer minutes) {
        if (minutes == null) {
            throw new InvalidValue("meeting-duration", "a meeting's length in minutes is required");
        }
        return Duration.ofMinutes(minutes);
    }
}
