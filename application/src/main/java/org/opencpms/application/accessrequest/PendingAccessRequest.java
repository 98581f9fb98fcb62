package org.opencpms.application.accessrequest;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.User;

/**
 * An access request waiting for a coordinator: who asks (with their name and e-mail, so the
 * coordinator can check who they are), for which roles in which ERN at which centre, for whom if a
 * centre assistant, why and since when; and the version to send back with the decision.
 */
public record PendingAccessRequest(AccessRequestId id, UserId requester, String requesterName,
                                   EmailAddress requesterEmail, Ern ern, ProviderId centre, Set<Role> roles,
                                   Optional<UserId> actingFor, String motivation, Instant requestedAt, long version) {

    public PendingAccessRequest {
        roles = Set.copyOf(roles);
    }

    /** The request as filed by {@code requester}. */
    static PendingAccessRequest of(AccessRequest request, User requester) {
        var requested = request.requested();
        return new PendingAccessRequest(request.id(), requester.id(), requester.displayName(), requester.email(),
                requested.ern(), requested.centre(), requested.roles(), requested.assistantFor(), request.motivation(),
                request.requestedAt(), request.version());
    }
}
