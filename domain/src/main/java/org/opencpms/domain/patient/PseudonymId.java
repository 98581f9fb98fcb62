package org.opencpms.domain.patient;

import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The opaque half of a patient's pseudonym: random, never derived from identifying data, used
 * where a machine needs to name the patient without identifying them (de-identified DICOM, the
 * research data set).
 */
public record PseudonymId(UUID value) {

    public PseudonymId {
        Require.present(value, "pseudonym-id");
    }

    public static PseudonymId random() {
        return new PseudonymId(UUID.randomUUID());
    }

    public static PseudonymId of(String value) {
        try {
            return new PseudonymId(UUID.fromString(Require.present(value, "pseudonym-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("pseudonym-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
