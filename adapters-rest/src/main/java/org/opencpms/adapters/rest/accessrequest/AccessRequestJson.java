package org.opencpms.adapters.rest.accessrequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.accessrequest.AccessRequestView;
import org.opencpms.application.accessrequest.PendingAccessRequest;
import org.opencpms.domain.accessrequest.AccessDecision;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.Role;

/**
 * An access request as its ERN's coordinators (and its requester) see it: who asks (name and e-mail, so that they
 * can check who it is), which roles in which ERN at which centre, for whom if a centre assistant, why, since when,
 * and the version for the If-Match of the decision; where it stands ({@code status} PENDING, ACCEPTED or REJECTED)
 * and, once decided, by whom, when and (a rejection) why.
 */
public record AccessRequestJson(String id, String requester, String requesterName, String requesterEmail,
                                @Schema(implementation = Ern.class) String ern, String centre,
                                @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
                                String actingFor, String motivation, Instant requestedAt, long version,
                                @Schema(implementation = AccessRequestStatus.class) String status, String decidedBy,
                                Instant decidedAt, String rejectionReason) {

    /** A request waiting for a decision. */
    public static AccessRequestJson of(PendingAccessRequest request) {
        return of(new AccessRequestView(request, AccessRequestStatus.PENDING, Optional.empty()));
    }

    public static AccessRequestJson of(AccessRequestView view) {
        var request = view.request();
        var decision = view.decision();
        return new AccessRequestJson(request.id().value().toString(), request.requester().value().toString(),
                request.requesterName(), request.requesterEmail().value(), request.ern().name(),
                request.centre().value().toString(), request.roles().stream().map(Enum::name).sorted().toList(),
                request.actingFor().map(u -> u.value().toString()).orElse(null), request.motivation(),
                request.requestedAt(), request.version(), view.status().name(),
                decision.map(d -> d.decidedBy().value().toString()).orElse(null),
                decision.map(AccessDecision::decidedAt).orElse(null),
                decision.flatMap(AccessDecision::rejectionReason).orElse(null));
    }
}
