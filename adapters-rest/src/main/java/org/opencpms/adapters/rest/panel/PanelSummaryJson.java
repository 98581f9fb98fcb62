package org.opencpms.adapters.rest.panel;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.application.panel.PanelSummary;

/**
 * One line of "my panels": the panel, its patient's nickname (never identifying data), its lead ERN and state, and
 * {@code myRole} — LEAD, MEMBER or INVITED. {@code deadline} is absent when none is set.
 */
public record PanelSummaryJson(UUID id, String nickname, String leadErn, String state, boolean urgent,
                               Instant deadline, String myRole) {

    static PanelSummaryJson of(PanelSummary summary) {
        return new PanelSummaryJson(summary.id().value(), summary.nickname().value(), summary.leadErn().name(),
                summary.state().name(), summary.urgent(), summary.deadline().orElse(null), summary.myRole().name());
    }
}
