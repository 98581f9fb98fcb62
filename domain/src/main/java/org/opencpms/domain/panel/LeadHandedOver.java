package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The lead handed the panel to a member. */
public record LeadHandedOver(PanelId panel, UserId previousLead, UserId newLead, UserId by, Instant occurredAt) implements PanelEvent {
}
