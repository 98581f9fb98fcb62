package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.opencpms.application.panel.RescheduleMeeting;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** Moves a meeting to a new start (ISO-8601 instant) and length in minutes (5 to 480). */
public record RescheduleRequest(@NotNull Instant start, @NotNull Integer durationMinutes) {

    RescheduleMeeting.Command toCommand(Actor actor, PanelId panel, Long expectedVersion, MeetingId meeting) {
        return new RescheduleMeeting.Command(actor, panel, expectedVersion, meeting, start,
                MeetingRequest.minutes(durationMinutes));
    }
}
