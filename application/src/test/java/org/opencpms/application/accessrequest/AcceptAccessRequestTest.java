package org.opencpms.application.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asAssistant;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.asHp;
import static org.opencpms.application.accessrequest.AccessRequestFixtures.filed;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.application.user.RevokeRole;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestStatus;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.RoleGranted;

class AcceptAccessRequestTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final AcceptAccessRequest accept = new AcceptAccessRequest(world.accessRequests, world.users, world.events,
            world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor coordinator = world.coordinator(PeopleFixtures.ERN, centre);

    @Test
    void accepting_gives_the_requester_exactly_the_roles_asked_for() {
        var newcomer = world.person();
        var requested = new RequestedAccess(PeopleFixtures.ERN, centre, Set.of(Role.HEALTH_PROFESSIONAL, Role.RESEARCHER),
                null);
        var id = filed(world, newcomer, requested);

        accept.handle(new AcceptAccessRequest.Command(coordinator, id, 0L));

        assertThat(world.accessRequests.get(id).status()).isEqualTo(AccessRequestStatus.ACCEPTED);
        assertThat(world.stored(newcomer.id()).grants()).containsExactlyInAnyOrder(
                RoleGrant.healthProfessional(PeopleFixtures.ERN, centre), RoleGrant.researcher(PeopleFixtures.ERN));
        assertThat(world.events.published(AccessRequestAccepted.class)).hasSize(1);
        assertThat(world.events.published(RoleGranted.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.grantedBy()).isEqualTo(coordinator.id()));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_DECISION);
        assertThat(entry.actor()).isEqualTo(coordinator.id());
        assertThat(entry.resourceType()).isEqualTo("AccessRequest");
        assertThat(entry.resourceId()).isEqualTo(id.toString());
        assertThat(entry.purpose()).isEqualTo("accepted");
    }

    @Test
    void an_accepted_assistant_acts_for_the_health_professional_named() {
        var hp = world.hp(centre);
        var assistant = world.person();
        var id = filed(world, assistant, asAssistant(centre, hp.id()));

        accept.handle(new AcceptAccessRequest.Command(coordinator, id, null));

        assertThat(world.stored(assistant.id()).asActor().isAssistantOf(hp.id(), centre)).isTrue();
    }

    @Test
    void an_assistant_is_not_accepted_once_the_health_professional_lost_the_role_and_nothing_is_saved() {
        var hp = world.hp(centre);
        var assistant = world.person();
        var id = filed(world, assistant, asAssistant(centre, hp.id()));
        new RevokeRole(world.users, world.events, world.auditing, world.clock).handle(new RevokeRole.Command(coordinator, hp.id(), null, RoleGrant.healthProfessional(PeopleFixtures.ERN, centre)));
        int audited = world.audit().size();

        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(coordinator, id, null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
        assertThat(world.accessRequests.get(id).status()).isEqualTo(AccessRequestStatus.PENDING);
        assertThat(world.stored(assistant.id()).grants()).isEmpty();
        assertThat(world.audit()).hasSize(audited);
    }

    @Test
    void only_a_coordinator_of_the_ern_other_than_the_requester_decides() {
        var requester = world.person();
        var id = filed(world, requester, asHp(centre));
        var otherCoordinator = world.coordinator(PeopleFixtures.OTHER_ERN, centre);
        var ownId = filed(world, coordinator, asHp(centre));

        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(otherCoordinator, id, null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-coordinator");
        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(coordinator, ownId, null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.own-request");
        assertThat(world.stored(requester.id()).grants()).isEmpty();
    }

    @Test
    void a_request_is_decided_once() {
        var id = filed(world, world.person(), asHp(centre));
        accept.handle(new AcceptAccessRequest.Command(coordinator, id, null));

        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(coordinator, id, null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.already-decided");
    }

    @Test
    void unknown_requests_and_stale_versions_are_refused() {
        var id = filed(world, world.person(), asHp(centre));

        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(coordinator, AccessRequestId.random(), null)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.not-found");
        assertThatThrownBy(() -> accept.handle(new AcceptAccessRequest.Command(coordinator, id, 1L)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("access-request.concurrent-update");
        assertThat(world.accessRequests.get(id).status()).isEqualTo(AccessRequestStatus.PENDING);
    }
}
