package org.opencpms.domain.patient;

import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.Require;

/**
 * A national identifier (e.g. a social security number) and the country that issued it:
 * identifying data, at most {@value #MAX_LENGTH} characters.
 */
public record NationalIdentifier(Country issuer, String value) {

    static final int MAX_LENGTH = 64;

    public NationalIdentifier {
        Require.present(issuer, "national-identifier-issuer");
        value = Require.text(value, "national-identifier", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "NationalIdentifier[redacted]";
    }
}
