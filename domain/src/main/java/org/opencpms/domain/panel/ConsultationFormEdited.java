package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The consultation form was changed. */
public record ConsultationFormEdited(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
