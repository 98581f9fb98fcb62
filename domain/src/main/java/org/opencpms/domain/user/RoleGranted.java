package org.opencpms.domain.user;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A user was given a role grant. */
public record RoleGranted(UserId user, RoleGrant grant, UserId grantedBy, Instant occurredAt) implements DomainEvent {

    public RoleGranted {
        Require.present(user, "user");
        Require.present(grant, "grant");
        Require.present(grantedBy, "granted-by");
        Require.present(occurredAt, "occurred-at");
    }
}
