package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A participant recorded their contribution, or revised it. */
public record ContributionRecorded(PanelId panel, boolean revised, UserId by, Instant occurredAt) implements PanelEvent {
}
