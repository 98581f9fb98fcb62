package org.opencpms.application.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;

/**
 * What identifies a patient, in a view given only to those the access policy lets see it. Like the
 * domain's identifying data, it never prints itself.
 */
public record Identity(String givenName, String familyName, LocalDate dateOfBirth,
                       HospitalIdentifier hospitalIdentifier, Optional<NationalIdentifier> nationalIdentifier) {

    static Identity of(IdentifyingData data) {
        return new Identity(data.givenName(), data.familyName(), data.dateOfBirth(), data.hospitalIdentifier(),
                data.national());
    }

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
