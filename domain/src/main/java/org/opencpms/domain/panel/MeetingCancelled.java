package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.Set;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A meeting was cancelled. */
public record MeetingCancelled(PanelId panel, MeetingId meeting, Set<UserId> attendees, UserId by, Instant occurredAt) implements PanelEvent {
}
