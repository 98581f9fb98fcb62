package org.opencpms.domain.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A meeting was scheduled. */
public record MeetingScheduled(PanelId panel, MeetingId meeting, Instant start, Duration duration,
        Set<UserId> attendees, VideoLink videoLink, UserId by, Instant occurredAt) implements PanelEvent {
}
