package org.opencpms.domain.accessrequest;

import java.time.Instant;
import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;

/** A coordinator accepted an access request; the requester is to receive {@code grants}. */
public record AccessRequestAccepted(AccessRequestId request, UserId requester, Ern ern, Set<RoleGrant> grants,
                                    UserId decidedBy, Instant occurredAt) implements DomainEvent {

    public AccessRequestAccepted {
        Require.present(request, "access-request");
        Require.present(requester, "requester");
        Require.present(ern, "ern");
        grants = Set.copyOf(Require.notEmpty(grants, "grants"));
        Require.present(decidedBy, "decided-by");
        Require.present(occurredAt, "occurred-at");
    }
}
