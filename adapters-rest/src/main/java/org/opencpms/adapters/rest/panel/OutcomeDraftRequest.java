package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** The outcome document: a conclusion (required), recommendations and a treatment plan (optional). */
public record OutcomeDraftRequest(@NotBlank @Size(max = PanelLimits.TEXT) String conclusion,
                                  @Size(max = PanelLimits.TEXT) String recommendations,
                                  @Size(max = PanelLimits.TEXT) String treatmentPlan) {

    DraftOutcome.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new DraftOutcome.Command(actor, panel, expectedVersion, conclusion, recommendations, treatmentPlan);
    }
}
