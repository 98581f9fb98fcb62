package org.opencpms.application.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asHp;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.filed;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestRejected;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class RejectAccessRequestTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final RejectAccessRequest reject = new RejectAccessRequest(world.accessRequests, world.events,
            world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor coordinator = world.coordinator(PeopleFixtures.ERN, centre);

    @Test
    void a_coordinator_rejects_a_request_with_a_reason_and_no_role_is_given() {
        var requester = world.person();
        var id = filed(world, requester, asHp(centre));

        reject.handle(new RejectAccessRequest.Command(coordinator, id, 0L, "not known at this centre"));

        var request = world.accessRequests.get(id);
        assertThat(request.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(request.decision().orElseThrow().rejectionReason()).contains("not known at this centre");
        assertThat(world.stored(requester.id()).grants()).isEmpty();
        assertThat(world.events.published(AccessRequestRejected.class)).hasSize(1);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DECISION);
        assertThat(entry.resourceId()).isEqualTo(id.toString());
        assertThat(entry.purpose()).isEqualTo("rejected");
    }

    @Test
    void a_rejection_needs_a_reason() {
        var id = filed(world, world.person(), asHp(centre));

        assertThatThrownBy(() -> new RejectAccessRequest.Command(coordinator, id, null, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("rejection-reason.invalid");
        assertThatThrownBy(() -> reject.handle(new RejectAccessRequest.Command(coordinator, id, null, " ")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("rejection-reason.invalid");
        assertThat(world.accessRequests.get(id).status()).isEqualTo(AccessRequestStatus.PENDING);
    }

    @Test
    void only_a_coordinator_of_the_ern_rejects_and_only_once() {
        var id = filed(world, world.person(), asHp(centre));

        assertThatThrownBy(() -> reject.handle(new RejectAccessRequest.Command(world.hp(centre), id, null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-coordinator");
        reject.handle(new RejectAccessRequest.Command(coordinator, id, null, "no"));
        assertThatThrownBy(() -> reject.handle(new RejectAccessRequest.Command(coordinator, id, null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.already-decided");
    }

    @Test
    void unknown_requests_and_stale_versions_are_refused() {
        var id = filed(world, world.person(), asHp(centre));

        assertThatThrownBy(() -> reject.handle(new RejectAccessRequest.Command(coordinator, AccessRequestId.random(), null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
        assertThatThrownBy(() -> reject.handle(new RejectAccessRequest.Command(coordinator, id, 5L, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.concurrent-update");
    }
}
