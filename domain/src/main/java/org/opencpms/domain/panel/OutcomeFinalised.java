package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The lead finalised the outcome. */
public record OutcomeFinalised(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
