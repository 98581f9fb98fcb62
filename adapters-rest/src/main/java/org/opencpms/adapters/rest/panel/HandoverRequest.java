package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.opencpms.application.panel.HandOverPanel;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** Hands the panel over to the member {@code newLead} (a user id). */
public record HandoverRequest(@NotNull UUID newLead) {

    HandOverPanel.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new HandOverPanel.Command(actor, panel, expectedVersion, new UserId(newLead));
    }
}
