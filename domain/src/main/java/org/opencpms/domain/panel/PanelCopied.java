package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The new panel was drafted as a copy of an earlier panel of the same patient. */
public record PanelCopied(PanelId panel, PanelId source, UserId by, Instant occurredAt) implements PanelEvent {
}
