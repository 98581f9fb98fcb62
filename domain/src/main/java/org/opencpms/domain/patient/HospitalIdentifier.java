package org.opencpms.domain.patient;

import org.opencpms.domain.shared.Require;

/**
 * The patient's identifier in the enrolling centre's own records (e.g. a medical record number):
 * identifying data, unique per centre, at most {@value #MAX_LENGTH} characters.
 */
public record HospitalIdentifier(String value) {

    static final int MAX_LENGTH = 64;

    public HospitalIdentifier {
        value = Require.text(value, "hospital-identifier", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "HospitalIdentifier[redacted]";
    }
}
