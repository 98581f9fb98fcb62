package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The lead rated how useful the closed panel was. */
public record UsefulnessRated(PanelId panel, int rating, UserId by, Instant occurredAt) implements PanelEvent {
}
