package org.opencpms.adapters.rest.accessrequest;

import java.time.Instant;
import java.util.List;
import org.opencpms.application.accessrequest.PendingAccessRequest;

/**
 * An access request waiting for a decision, as its ERN's coordinators see it: who asks (name and e-mail, so that they
 * can check who it is), which roles in which ERN at which centre, for whom if a centre assistant, why, since when,
 * and the version for the If-Match of the decision.
 */
public record AccessRequestJson(String id, String requester, String requesterName, String requesterEmail, String ern,
                                String centre, List<String> roles, String actingFor, String motivation,
                                Instant requestedAt, long version) {

    public static AccessRequestJson of(PendingAccessRequest request) {
        return new AccessRequestJson(request.id().value().toString(), request.requester().value().toString(),
                request.requesterName(), request.requesterEmail().value(), request.ern().name(),
                request.centre().value().toString(), request.roles().stream().map(Enum::name).sorted().toList(),
                request.actingFor().map(u -> u.value().toString()).orElse(null), request.motivation(),
                request.requestedAt(), request.version());
    }
}
