package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** A member's review of the outcome draft: {@code AGREE} or {@code DISAGREE}, with an optional comment. */
public record OutcomeReviewRequest(@NotBlank @Schema(implementation = Agreement.class, required = true) String agreement,
                                   @Size(max = PanelLimits.SHORT_TEXT) String comment) {

    ReviewOutcome.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new ReviewOutcome.Command(actor, panel, expectedVersion,
                WireValues.enumValue(Agreement.class, agreement, "agreement"), comment);
    }
}
