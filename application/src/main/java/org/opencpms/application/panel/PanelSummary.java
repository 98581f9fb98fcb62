package org.opencpms.application.panel;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;

/** One line of "my panels": the panel, its patient's nickname (never identifying data), and the actor's role in it. */
public record PanelSummary(PanelId id, Nickname nickname, Ern leadErn, PanelState state, boolean urgent,
                           Optional<Instant> deadline, PanelRole myRole) {
}
