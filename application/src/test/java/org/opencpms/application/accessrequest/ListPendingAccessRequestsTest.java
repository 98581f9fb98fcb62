package org.opencpms.application.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asAssistant;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asHp;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.filed;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;

class ListPendingAccessRequestsTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ListPendingAccessRequests list = new ListPendingAccessRequests(world.accessRequests, world.users,
            world.strict, world.auditing);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN, PeopleFixtures.OTHER_ERN);
    private final Actor coordinator = world.coordinator(PeopleFixtures.ERN, centre);

    @Test
    void a_coordinator_sees_the_pending_requests_of_their_ern_with_who_asks() {
        var hp = world.hp(centre);
        var requester = world.person();
        var id = filed(world, requester, asAssistant(centre, hp.id()));
        filed(world, world.person(), new RequestedAccess(PeopleFixtures.OTHER_ERN, centre,
                Set.of(Role.HEALTH_PROFESSIONAL), null));

        var pending = list.handle(new ListPendingAccessRequests.Query(coordinator, PeopleFixtures.ERN));

        var stored = world.stored(requester.id());
        assertThat(pending).containsExactly(new PendingAccessRequest(id, requester.id(), stored.displayName(),
                stored.email(), PeopleFixtures.ERN, centre, Set.of(Role.CENTRE_ASSISTANT), Optional.of(hp.id()),
                "I treat rare kidney diseases", PeopleFixtures.NOW, 0));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(entry.actor()).isEqualTo(coordinator.id());
        assertThat(entry.resourceType()).isEqualTo("AccessRequest");
        assertThat(entry.resourceId()).isEqualTo("ERKNet");
    }

    @Test
    void decided_requests_are_no_longer_listed() {
        var id = filed(world, world.person(), asHp(centre));
        new RejectAccessRequest(world.accessRequests, world.events, world.auditing, world.clock)
                .handle(new RejectAccessRequest.Command(coordinator, id, null, "no"));

        assertThat(list.handle(new ListPendingAccessRequests.Query(coordinator, PeopleFixtures.ERN))).isEmpty();
    }

    @Test
    void only_a_coordinator_of_that_ern_sees_them() {
        filed(world, world.person(), asHp(centre));

        for (Actor actor : new Actor[] {world.hp(centre), world.coordinator(PeopleFixtures.OTHER_ERN, centre)}) {
            assertThatThrownBy(() -> list.handle(new ListPendingAccessRequests.Query(actor, PeopleFixtures.ERN)))
                    .isInstanceOf(AccessForbidden.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.list-forbidden");
        }
    }
}
