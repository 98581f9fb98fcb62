package org.opencpms.domain.accessrequest;

import java.time.Instant;
import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Role;

/** A person asked for roles in an ERN at a centre; the ERN's coordinators are to decide. */
public record AccessRequested(AccessRequestId request, UserId requester, Ern ern, ProviderId centre, Set<Role> roles,
                              Instant occurredAt) implements DomainEvent {

    public AccessRequested {
        Require.present(request, "access-request");
        Require.present(requester, "requester");
        Require.present(ern, "ern");
        Require.present(centre, "centre");
        roles = Set.copyOf(Require.notEmpty(roles, "roles"));
        Require.present(occurredAt, "occurred-at");
    }
}
