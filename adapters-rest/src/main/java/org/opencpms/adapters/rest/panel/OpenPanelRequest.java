package org.opencpms.adapters.rest.panel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/** Opens a draft panel for {@code patient} led in {@code leadErn}, with the form as far as it is filled in (optional). */
public record OpenPanelRequest(@NotNull UUID patient, @NotBlank @Schema(implementation = Ern.class, required = true) String leadErn,
                               @Valid ConsultationFormJson form) {

    OpenPanel.Command toCommand(Actor actor) {
        return new OpenPanel.Command(actor, new PatientId(patient), WireValues.ern(leadErn, "lead-ern"),
                form == null ? ConsultationForm.empty() : form.toForm());
    }
}
