package org.opencpms.domain.user;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A role grant was taken from a user. */
public record RoleRevoked(UserId user, RoleGrant grant, UserId revokedBy, Instant occurredAt) implements DomainEvent {

    public RoleRevoked {
        Require.present(user, "user");
        Require.present(grant, "grant");
        Require.present(revokedBy, "revoked-by");
        Require.present(occurredAt, "occurred-at");
    }
}
