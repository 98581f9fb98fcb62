package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A member reviewed the outcome draft. */
public record OutcomeReviewed(PanelId panel, Agreement agreement, UserId by, Instant occurredAt) implements PanelEvent {
}
