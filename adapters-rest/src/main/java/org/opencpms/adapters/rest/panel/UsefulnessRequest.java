package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** How useful the closed panel was, from 1 (not at all) to 5 (very). */
public record UsefulnessRequest(@NotNull @Min(Usefulness.LOWEST) @Max(Usefulness.HIGHEST) Integer rating) {

    RateUsefulness.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        if (rating == null) {
            throw new InvalidValue("usefulness", "a rating from 1 to 5 is required");
        }
        return new RateUsefulness.Command(actor, panel, expectedVersion, rating);
    }
}
