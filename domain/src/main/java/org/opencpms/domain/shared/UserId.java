package org.opencpms.domain.shared;

import java.util.UUID;

/** Identifies a user of OpenCPMS (the subject behind an OpenID Connect token is mapped to one). */
public record UserId(UUID value) {

    public UserId {
        Require.present(value, "user-id");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId of(String value) {
        try {
            return new UserId(UUID.fromString(Require.present(value, "user-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("user-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
