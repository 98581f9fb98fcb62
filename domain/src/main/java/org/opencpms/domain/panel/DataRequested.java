package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A member asked for additional data. */
public record DataRequested(PanelId panel, DataRequestId request, UserId by, Instant occurredAt) implements PanelEvent {
}
