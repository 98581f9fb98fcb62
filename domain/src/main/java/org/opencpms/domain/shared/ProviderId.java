package org.opencpms.domain.shared;

import java.util.UUID;

/** Identifies a healthcare provider (a centre, i.e. a hospital). */
public record ProviderId(UUID value) {

    public ProviderId {
        Require.present(value, "provider-id");
    }

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    public static ProviderId of(String value) {
        try {
            return new ProviderId(UUID.fromString(Require.present(value, "provider-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("provider-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
