package org.opencpms.domain.shared;

import java.util.UUID;

/** Identifies an enrolled patient. Opaque and random: never derived from identifying data. */
public record PatientId(UUID value) {

    public PatientId {
        Require.present(value, "patient-id");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    public static PatientId of(String value) {
        try {
            return new PatientId(UUID.fromString(Require.present(value, "patient-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("patient-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
