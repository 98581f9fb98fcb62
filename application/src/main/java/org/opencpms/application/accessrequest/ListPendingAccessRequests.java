package org.opencpms.application.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/** A coordinator of an ERN sees the access requests waiting for a decision in it, oldest first. */
@ApplicationScoped
@Transactional
public class ListPendingAccessRequests {

    public record Query(Actor actor, Ern ern) {
        public Query {
            Require.present(actor, "actor");
            Require.present(ern, "ern");
        }
    }

    private final AccessRequests requests;
    private final Users users;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ListPendingAccessRequests(AccessRequests requests, Users users, AccessPolicy policy, Auditing auditing) {
        this.requests = requests;
        this.users = users;
        this.policy = policy;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.access.AccessForbidden {@code access-request.list-forbidden} unless the actor
     *         coordinates the ERN
     */
    public List<PendingAccessRequest> handle(Query query) {
        policy.requireListAccessRequests(query.actor(), query.ern());
        var pending = requests.pendingFor(query.ern()).stream()
                .map(r -> PendingAccessRequest.of(r, users.get(r.requester()))).toList();
        auditing.record(query.actor(), AuditAction.SEARCH, "AccessRequest", query.ern().code(), null,
                "pending access requests");
        return pending;
    }
}
