package org.opencpms.application.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * A coordinator of the ERN accepts an access request; in the same transaction the requester receives
 * the roles asked for, granted by that coordinator.
 */
@ApplicationScoped
@Transactional
public class AcceptAccessRequest {

    /** @param expectedVersion the request's version the caller read, or null for no check */
    public record Command(Actor actor, AccessRequestId request, Long expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(request, "access-request");
        }
    }

    private final AccessRequests requests;
    private final Users users;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public AcceptAccessRequest(AccessRequests requests, Users users, DomainEvents events, Auditing auditing,
                               Clock clock) {
        this.requests = requests;
        this.users = users;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.accessrequest.AccessRequestNotFound {@code access-request.not-found}
     * @throws ConcurrentUpdate {@code access-request.concurrent-update} if it changed since {@code expectedVersion}
     * @throws org.opencpms.domain.accessrequest.AccessDecisionForbidden {@code access-request.not-coordinator} or
     *         {@code access-request.own-request}
     * @throws org.opencpms.domain.accessrequest.AlreadyDecided {@code access-request.already-decided}
     * @throws org.opencpms.domain.user.ActingForNotHealthProfessional {@code user.acting-for-not-hp} if the
     *         health professional a centre assistant asked to act for is no longer one at that centre
     */
    public void handle(Command cmd) {
        var request = requests.get(cmd.request());
        ConcurrentUpdate.check("access-request", request.id(), cmd.expectedVersion(), request.version());
        var now = clock.instant();
        request.accept(cmd.actor(), now);
        var requester = users.get(request.requester());
        request.grantsToGive().forEach(grant ->
                requester.grant(grant, cmd.actor(), grant.assistantFor().flatMap(users::find), now));
        requests.save(request);
        users.save(requester);
        var published = new ArrayList<DomainEvent>(request.pullEvents());
        published.addAll(requester.pullEvents());
        events.publish(published);
        auditing.record(cmd.actor(), AuditAction.ACCESS_DECISION, "AccessRequest", request.id(), null, "accepted");
    }
}
