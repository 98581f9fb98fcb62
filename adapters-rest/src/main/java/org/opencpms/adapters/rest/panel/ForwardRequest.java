package org.opencpms.adapters.rest.panel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.panel.ForwardPanel;
import org.opencpms.domain.panel.PanelLimits;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** Forwards the panel to the ERN {@code ern} (by name or short code), saying why. */
public record ForwardRequest(@NotBlank @Schema(implementation = Ern.class, required = true) String ern,
                             @NotBlank @Size(max = PanelLimits.SHORT_TEXT) String reason) {

    ForwardPanel.Command toCommand(Actor actor, PanelId panel, Long expectedVersion) {
        return new ForwardPanel.Command(actor, panel, expectedVersion, WireValues.ern(ern, "ern"), reason);
    }
}
