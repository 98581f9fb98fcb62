package org.opencpms.application.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestNotFound;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * The one who filed an access request and the coordinators of its ERN (those who see the ERN's pending requests)
 * read it, decided or not: the resource behind the {@code Location} of a new access request. Anyone else is told it
 * does not exist.
 */
@ApplicationScoped
@Transactional
public class ViewAccessRequest {

    public record Query(Actor actor, AccessRequestId request) {
        public Query {
            Require.present(actor, "actor");
            Require.present(request, "access-request");
        }
    }

    private final AccessRequests requests;
    private final Users users;
    private final Auditing auditing;

    @Inject
    public ViewAccessRequest(AccessRequests requests, Users users, Auditing auditing) {
        this.requests = requests;
        this.users = users;
        this.auditing = auditing;
    }

    /** @throws AccessRequestNotFound {@code access-request.not-found}, also for one the actor may not read */
    public AccessRequestView handle(Query query) {
        var request = requests.find(query.request()).filter(r -> r.isVisibleTo(query.actor()))
                .orElseThrow(() -> new AccessRequestNotFound(query.request()));
        auditing.record(query.actor(), AuditAction.READ, "AccessRequest", request.id(), null, "view access request");
        return new AccessRequestView(PendingAccessRequest.of(request, users.get(request.requester())), request.status(),
                request.decision());
    }
}
