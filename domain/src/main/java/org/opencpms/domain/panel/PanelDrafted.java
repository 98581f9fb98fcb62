package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/** A health professional drafted a new panel for a patient, leading it in an ERN. */
public record PanelDrafted(PanelId panel, PatientId patient, Ern leadErn, boolean urgent, UserId by,
        Instant occurredAt) implements PanelEvent {
}
