package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.Actor;

/** The ERN whose reference data OpenCPMS starts keeping, by name ({@code ERKNET}) or code ({@code ERKNet}). */
public record EstablishNetworkRequest(@NotBlank @Schema(implementation = Ern.class, required = true) String ern) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code ern.invalid} */
    public EstablishNetwork.Command toCommand(Actor actor) {
        return new EstablishNetwork.Command(actor, WireValues.ern(ern, "ern"));
    }
}
