package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The panel moved through its lifecycle; {@code reason} is empty when none was given. */
public record PanelStateChanged(PanelId panel, PanelState from, PanelState to, String reason, UserId by,
        Instant occurredAt) implements PanelEvent {
}
