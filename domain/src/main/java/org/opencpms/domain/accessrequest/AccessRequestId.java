package org.opencpms.domain.accessrequest;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.TimeOrderedUuids;

/** Identifies an access request. */
public record AccessRequestId(UUID value) {

    public AccessRequestId {
        Require.present(value, "access-request-id");
    }

    public static AccessRequestId random() {
        return new AccessRequestId(UUID.randomUUID());
    }

    /** A new id for an access request created at {@code createdAt}, ordered by that instant ({@link TimeOrderedUuids}). */
    public static AccessRequestId timeOrdered(Instant createdAt) {
        return new AccessRequestId(TimeOrderedUuids.at(createdAt));
    }

    public static AccessRequestId of(String value) {
        try {
            return new AccessRequestId(UUID.fromString(Require.present(value, "access-request-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("access-request-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
