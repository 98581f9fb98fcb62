package org.opencpms.application.accessrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.accessrequest.AccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequests;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * Anyone signed in, a newcomer with no grants included, asks for roles in an ERN at a centre, with a
 * motivation; the ERN's coordinators decide.
 */
@ApplicationScoped
@Transactional
public class RequestAccess {

    public record Command(Actor actor, RequestedAccess requested, String motivation) {
        public Command {
            Require.present(actor, "actor");
            Require.present(requested, "requested-access");
            Require.present(motivation, "motivation");
        }
    }

    private final AccessRequests requests;
    private final HealthcareProviders providers;
    private final Users users;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RequestAccess(AccessRequests requests, HealthcareProviders providers, Users users, DomainEvents events,
                         Auditing auditing, Clock clock) {
        this.requests = requests;
        this.providers = providers;
        this.users = users;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.reference.HealthcareProviderNotFound {@code healthcare-provider.not-found}
     * @throws org.opencpms.domain.accessrequest.InvalidAccessRequest {@code access-request.centre-not-in-ern} or
     *         {@code access-request.assistant-for-self}
     * @throws org.opencpms.domain.user.ActingForNotHealthProfessional {@code user.acting-for-not-hp} if a
     *         centre assistant asks to act for someone who is not a health professional of that centre
     */
    public AccessRequestId handle(Command cmd) {
        var centre = providers.get(cmd.requested().centre());
        var actingFor = cmd.requested().assistantFor().flatMap(users::find);
        var now = clock.instant();
        var request = AccessRequest.file(AccessRequestId.timeOrdered(now), cmd.actor(), cmd.requested(), centre, actingFor,
                cmd.motivation(), now);
        requests.save(request);
        events.publish(request.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "AccessRequest", request.id(), null,
                "access requested in " + cmd.requested().ern().code());
        return request.id();
    }
}
