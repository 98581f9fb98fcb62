package org.opencpms.application.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asHp;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.filed;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class ViewAccessRequestTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ViewAccessRequest view = new ViewAccessRequest(world.accessRequests, world.users, world.auditing);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN, PeopleFixtures.OTHER_ERN);
    private final Actor coordinator = world.coordinator(PeopleFixtures.ERN, centre);
    private final Actor requester = world.person();
    private final AccessRequestId request = filed(world, requester, asHp(centre));

    @Test
    void the_requester_reads_their_request_while_it_waits() {
        var seen = view.handle(new ViewAccessRequest.Query(requester, request));

        assertThat(seen.status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(seen.decision()).isEmpty();
        assertThat(seen.request().id()).isEqualTo(request);
        assertThat(seen.request().requester()).isEqualTo(requester.id());
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("AccessRequest");
        assertThat(entry.resourceId()).isEqualTo(request.toString());
    }

    @Test
    void a_coordinator_of_the_ern_reads_it_once_decided_with_the_decision() {
        new RejectAccessRequest(world.accessRequests, world.events, world.auditing, world.clock)
                .handle(new RejectAccessRequest.Command(coordinator, request, null, "unknown person"));

        var seen = view.handle(new ViewAccessRequest.Query(coordinator, request));

        assertThat(seen.status()).isEqualTo(AccessRequestStatus.REJECTED);
        assertThat(seen.decision().orElseThrow().rejectionReason()).contains("unknown person");
        assertThat(seen.request().version()).isEqualTo(1);
    }

    @Test
    void anyone_else_is_told_it_does_not_exist() {
        var otherCoordinator = world.coordinator(PeopleFixtures.OTHER_ERN, centre);

        for (var reader : java.util.List.of(world.person(), otherCoordinator, world.hp(centre))) {
            assertThatThrownBy(() -> view.handle(new ViewAccessRequest.Query(reader, request)))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
        }
        assertThatThrownBy(() -> view.handle(new ViewAccessRequest.Query(coordinator, AccessRequestId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
    }
}
