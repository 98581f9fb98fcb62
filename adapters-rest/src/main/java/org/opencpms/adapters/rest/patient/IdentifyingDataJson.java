package org.opencpms.adapters.rest.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Sex;

/**
 * What identifies a patient, as sent at enrolment or in a correction: names, date of birth, sex ({@code FEMALE},
 * {@code MALE}, {@code OTHER}, {@code UNKNOWN}), the centre's hospital identifier and optionally a national
 * identifier. Never logged.
 */
public record IdentifyingDataJson(@NotBlank @Size(max = 100) String givenName,
                                  @NotBlank @Size(max = 100) String familyName,
                                  @NotNull LocalDate dateOfBirth,
                                  @NotBlank @Schema(implementation = Sex.class, required = true) String sex,
                                  @NotBlank @Size(max = 64) String hospitalIdentifier,
                                  @Valid NationalIdentifierJson nationalIdentifier) {

    /** @throws org.opencpms.domain.shared.InvalidValue for a value the domain refuses ({@code sex.invalid}...) */
    public IdentifyingData toDomain() {
        return new IdentifyingData(givenName, familyName, dateOfBirth, WireValues.enumValue(Sex.class, sex, "sex"),
                new HospitalIdentifier(hospitalIdentifier),
                nationalIdentifier == null ? null : nationalIdentifier.toDomain());
    }

    @Override
    public String toString() {
        return "IdentifyingDataJson[redacted]";
    }
}
