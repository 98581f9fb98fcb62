package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.application.reference.UpdateHealthcareProvider;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

/** A centre to register or correct: its name and EU/EEA country ({@code DE}). */
public record RegisterProviderRequest(@NotBlank @Size(max = 200) String name,
                                      @NotBlank @Size(min = 2, max = 2) String country) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code country.invalid} */
    public RegisterHealthcareProvider.Command toCommand(Actor actor) {
        return new RegisterHealthcareProvider.Command(actor, name, Country.of(country));
    }

    /** The same fields as a correction of centre {@code provider}. */
    public UpdateHealthcareProvider.Command toUpdate(Actor actor, ProviderId provider, Long expectedVersion) {
        return new UpdateHealthcareProvider.Command(actor, provider, expectedVersion, name, Country.of(country));
    }
}
