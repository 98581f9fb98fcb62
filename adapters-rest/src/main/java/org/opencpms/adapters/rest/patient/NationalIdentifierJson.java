package org.opencpms.adapters.rest.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.reference.Country;

/** A national identifier (e.g. a social security number) and the EU/EEA country that issued it ({@code DE}). */
public record NationalIdentifierJson(@NotBlank @Size(min = 2, max = 2) String issuer, @NotBlank @Size(max = 64) String value) {

    public static NationalIdentifierJson of(NationalIdentifier identifier) {
        return new NationalIdentifierJson(identifier.issuer().code(), identifier.value());
    }

    /** @throws org.opencpms.domain.shared.InvalidValue {@code country.invalid}, {@code national-identifier.invalid} */
    public NationalIdentifier toDomain() {
        return new NationalIdentifier(Country.of(issuer), value);
    }
}
