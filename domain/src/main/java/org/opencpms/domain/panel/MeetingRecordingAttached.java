package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A meeting's recording was attached. */
public record MeetingRecordingAttached(PanelId panel, MeetingId meeting, UserId by, Instant occurredAt) implements PanelEvent {
}
