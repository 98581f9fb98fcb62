package org.opencpms.domain.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.shared.Require;

/**
 * What identifies a patient: names, date of birth, sex, the enrolling centre's identifier and
 * optionally a national identifier ({@code nationalIdentifier} may be null). Seen only by those the
 * visibility rules allow; never put in events, logs or messages ({@link #toString()} says nothing).
 * Names are non-blank, at most {@value #MAX_NAME_LENGTH} characters.
 */
public record IdentifyingData(String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
                              HospitalIdentifier hospitalIdentifier, NationalIdentifier nationalIdentifier) {

    static final int MAX_NAME_LENGTH = 100;

    public IdentifyingData {
        givenName = Require.text(givenName, "given-name", MAX_NAME_LENGTH);
        familyName = Require.text(familyName, "family-name", MAX_NAME_LENGTH);
        Require.present(dateOfBirth, "date-of-birth");
        Require.present(sex, "sex");
        Require.present(hospitalIdentifier, "hospital-identifier");
    }

    public Optional<NationalIdentifier> national() {
        return Optional.ofNullable(nationalIdentifier);
    }

    @Override
    public String toString() {
        return "IdentifyingData[redacted]";
    }
}
