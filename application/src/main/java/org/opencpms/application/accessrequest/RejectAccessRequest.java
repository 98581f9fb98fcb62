package org.opencpms.application.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A coordinator of the ERN rejects an access request, giving the reason. */
@ApplicationScoped
@Transactional
public class RejectAccessRequest {

    /** @param expectedVersion the request's version the caller read, or null for no check */
    public record Command(Actor actor, AccessRequestId request, Long expectedVersion, String reason) {
        public Command {
            Require.present(actor, "actor");
            Require.present(request, "access-request");
            Require.present(reason, "rejection-reason");
        }
    }

    private final AccessRequests requests;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RejectAccessRequest(AccessRequests requests, DomainEvents events, Auditing auditing, Clock clock) {
        this.requests = requests;
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
     */
    public void handle(Command cmd) {
        var request = requests.get(cmd.request());
        ConcurrentUpdate.check("access-request", request.id(), cmd.expectedVersion(), request.version());
        request.reject(cmd.actor(), cmd.reason(), clock.instant());
        requests.save(request);
        events.publish(request.pullEvents());
        auditing.record(cmd.actor(), AuditAction.ACCESS_DECISION, "AccessRequest", request.id(), null, "rejected");
    }
}
