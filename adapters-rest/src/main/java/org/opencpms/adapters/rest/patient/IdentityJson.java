package org.opencpms.adapters.rest.patient;

import java.time.LocalDate;
import org.opencpms.application.patient.Identity;

/**
 * A patient's identity, present in a patient's JSON only for those the access policy lets see it (the enrolling
 * health professional and their assistant; in centre mode the centre's staff): names, date of birth, hospital and
 * national identifiers, and the enrolment date. Never logged.
 */
public record IdentityJson(String givenName, String familyName, LocalDate dateOfBirth, String hospitalIdentifier,
                           NationalIdentifierJson nationalIdentifier, LocalDate enrolledOn) {

    public static IdentityJson of(Identity identity) {
        return new IdentityJson(identity.givenName(), identity.familyName(), identity.dateOfBirth(),
                identity.hospitalIdentifier().value(),
                identity.nationalIdentifier().map(NationalIdentifierJson::of).orElse(null), identity.enrolledOn());
    }

    @Override
    public String toString() {
        return "IdentityJson[redacted]";
    }
}
