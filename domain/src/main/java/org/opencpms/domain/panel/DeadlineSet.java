package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The lead set the panel's deadline. */
public record DeadlineSet(PanelId panel, Instant deadline, UserId by, Instant occurredAt) implements PanelEvent {
}
