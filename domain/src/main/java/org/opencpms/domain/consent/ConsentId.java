package org.opencpms.domain.consent;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.TimeOrderedUuids;

/** Identifies one recorded consent. */
public record ConsentId(UUID value) {

    public ConsentId {
        Require.present(value, "consent-id");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    /** A new id for a consent recorded at {@code recordedAt}, ordered by that instant ({@link TimeOrderedUuids}). */
    public static ConsentId timeOrdered(Instant recordedAt) {
        return new ConsentId(TimeOrderedUuids.at(recordedAt));
    }

    public static ConsentId of(String value) {
        try {
            return new ConsentId(UUID.fromString(Require.present(value, "consent-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("consent-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
