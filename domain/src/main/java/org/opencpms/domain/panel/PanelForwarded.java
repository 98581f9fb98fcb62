package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A coordinator forwarded the panel to another lead ERN. */
public record PanelForwarded(PanelId panel, Ern from, Ern to, String reason, UserId by, Instant occurredAt) implements PanelEvent {
}
