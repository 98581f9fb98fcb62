package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.domain.reference.Country;

/** A centre to register: its name and EU/EEA country ({@code DE}). */
public record RegisterProviderRequest(@NotBlank @Size(max = 200) String name,
                                      @NotBlank @Size(min = 2, max = 2) String country) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code country.invalid} */
    public RegisterHealthcareProvider.Command toCommand() {
        return new RegisterHealthcareProvider.Command(name, Country.of(country));
    }
}
