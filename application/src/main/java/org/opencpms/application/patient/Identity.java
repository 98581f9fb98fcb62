package org.opencpms.application.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.Patient;

/**
 * What identifies a patient, in a view given only to those the access policy lets see it: the
 * identifying data, and the enrolment date, which everyone else does not see either (they see the
 * nickname, age, sex and clinical data only). Like the domain's identifying data, it never prints
 * itself.
 */
public record Identity(String givenName, String familyName, LocalDate dateOfBirth,
                       HospitalIdentifier hospitalIdentifier, Optional<NationalIdentifier> nationalIdentifier,
                       LocalDate enrolledOn) {

    static Identity of(Patient patient) {
        var data = patient.identifyingData();
        return new Identity(data.givenName(), data.familyName(), data.dateOfBirth(), data.hospitalIdentifier(),
                data.national(), patient.enrolledOn());
    }

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
