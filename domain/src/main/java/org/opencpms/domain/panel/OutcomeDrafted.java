package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The lead drafted (or redrafted) the outcome; earlier reviews no longer count. */
public record OutcomeDrafted(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
