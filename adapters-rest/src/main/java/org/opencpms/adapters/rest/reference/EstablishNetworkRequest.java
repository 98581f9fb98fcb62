package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.reference.EstablishNetwork;

/** The ERN whose reference data OpenCPMS starts keeping, by name ({@code ERKNET}) or code ({@code ERKNet}). */
public record EstablishNetworkRequest(@NotBlank String ern) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code ern.invalid} */
    public EstablishNetwork.Command toCommand() {
        return new EstablishNetwork.Command(WireValues.ern(ern, "ern"));
    }
}
