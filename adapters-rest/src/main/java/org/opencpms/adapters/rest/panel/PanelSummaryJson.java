package org.opencpms.adapters.rest.panel;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.panel.PanelRole;
import org.opencpms.application.panel.PanelSummary;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;

/**
 * One line of "my panels": the panel, its patient's nickname (never identifying data), its lead ERN and state, and
 * {@code myRole} — LEAD, MEMBER or INVITED. {@code deadline} is absent when none is set.
 */
public record PanelSummaryJson(UUID id, String nickname, @Schema(implementation = Ern.class) String leadErn,
                               @Schema(implementation = PanelState.class) String state, boolean urgent,
                               Instant deadline, @Schema(implementation = PanelRole.class) String myRole) {

    static PanelSummaryJson of(PanelSummary summary) {
        return new PanelSummaryJson(summary.id().value(), summary.nickname().value(), summary.leadErn().name(),
                summary.state().name(), summary.urgent(), summary.deadline().orElse(null), summary.myRole().name());
    }
}
