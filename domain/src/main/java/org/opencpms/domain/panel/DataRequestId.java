package org.opencpms.domain.panel;

import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** Identifies a request for additional data within its panel. */
public record DataRequestId(UUID value) {

    public DataRequestId {
        Require.present(value, "data-request-id");
    }

    public static DataRequestId random() {
        return new DataRequestId(UUID.randomUUID());
    }

    public static DataRequestId of(String value) {
        try {
            return new DataRequestId(UUID.fromString(Require.present(value, "data-request-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("data-request-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
