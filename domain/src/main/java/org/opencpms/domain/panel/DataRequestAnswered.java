package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A request for additional data was answered; {@code requestedBy} asked for it. */
public record DataRequestAnswered(PanelId panel, DataRequestId request, UserId requestedBy, int attachmentsAdded,
        UserId by, Instant occurredAt) implements PanelEvent {
}
