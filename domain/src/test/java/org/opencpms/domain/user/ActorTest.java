package org.opencpms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

class ActorTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final ProviderId OTHER_CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();
    private static final PanelId PANEL = PanelId.random();

    private static Actor actor(RoleGrant... grants) {
        return Actor.of(UserId.random(), grants);
    }

    @Test
    void an_actor_without_grants_is_a_newcomer() {
        assertThat(actor().isNewcomer()).isTrue();
        assertThat(actor(RoleGrant.researcher(Ern.EYE)).isNewcomer()).isFalse();
        assertThatThrownBy(() -> new Actor(null, Set.of())).extracting(e -> ((DomainException) e).code()).isEqualTo("actor.invalid");
        assertThatThrownBy(() -> new Actor(HP, null)).extracting(e -> ((DomainException) e).code()).isEqualTo("grants.invalid");
    }

    @Test
    void health_professionals_coordinators_and_dispatchers_are_health_professionals_at_their_centre_and_in_their_ern() {
        for (RoleGrant grant : new RoleGrant[] {RoleGrant.healthProfessional(Ern.EYE, CENTRE),
                RoleGrant.coordinator(Ern.EYE, CENTRE), RoleGrant.dispatcher(Ern.EYE, CENTRE)}) {
            var actor = actor(grant);
            assertThat(actor.isHealthProfessionalAt(CENTRE)).as(grant.role().name()).isTrue();
            assertThat(actor.isHealthProfessionalAt(OTHER_CENTRE)).isFalse();
            assertThat(actor.isHealthProfessionalIn(Ern.EYE)).isTrue();
            assertThat(actor.isHealthProfessionalIn(Ern.RND)).isFalse();
            assertThat(actor.isHealthProfessional()).isTrue();
        }
        var manager = actor(RoleGrant.panelManager(Ern.EYE, CENTRE));
        assertThat(manager.isHealthProfessionalAt(CENTRE)).isFalse();
        assertThat(manager.isHealthProfessionalIn(Ern.EYE)).isFalse();
        assertThat(manager.isHealthProfessional()).isFalse();
    }

    @Test
    void coordinator_dispatcher_and_panel_manager_are_per_ern() {
        var coordinator = actor(RoleGrant.coordinator(Ern.EYE, CENTRE));
        var dispatcher = actor(RoleGrant.dispatcher(Ern.EYE, CENTRE));
        var manager = actor(RoleGrant.panelManager(Ern.EYE, CENTRE));

        assertThat(coordinator.isCoordinatorOf(Ern.EYE)).isTrue();
        assertThat(coordinator.isCoordinatorOf(Ern.RND)).isFalse();
        assertThat(dispatcher.isCoordinatorOf(Ern.EYE)).isFalse();
        assertThat(dispatcher.isDispatcherOf(Ern.EYE)).isTrue();
        assertThat(dispatcher.isDispatcherOf(Ern.RND)).isFalse();
        assertThat(coordinator.isDispatcherOf(Ern.EYE)).isFalse();
        assertThat(coordinator.assemblesPanelsFor(Ern.EYE)).isTrue();
        assertThat(dispatcher.assemblesPanelsFor(Ern.EYE)).isTrue();
        assertThat(dispatcher.assemblesPanelsFor(Ern.RND)).isFalse();
        assertThat(manager.assemblesPanelsFor(Ern.EYE)).isFalse();
        assertThat(manager.isPanelManagerIn(Ern.EYE)).isTrue();
        assertThat(manager.isPanelManagerIn(Ern.RND)).isFalse();
        assertThat(coordinator.isPanelManagerIn(Ern.EYE)).isFalse();
    }

    @Test
    void a_coordinator_of_any_ern_is_a_coordinator() {
        assertThat(actor(RoleGrant.coordinator(Ern.EYE, CENTRE)).isCoordinator()).isTrue();
        assertThat(actor(RoleGrant.dispatcher(Ern.EYE, CENTRE)).isCoordinator()).isFalse();
        assertThat(actor().isCoordinator()).isFalse();
    }

    @Test
    void a_centre_assistant_acts_for_one_health_professional_at_one_centre() {
        var assistant = actor(RoleGrant.centreAssistant(CENTRE, HP));

        assertThat(assistant.isAssistantOf(HP)).isTrue();
        assertThat(assistant.isAssistantOf(UserId.random())).isFalse();
        assertThat(assistant.isAssistantOf(HP, CENTRE)).isTrue();
        assertThat(assistant.isAssistantOf(HP, OTHER_CENTRE)).isFalse();
        assertThat(assistant.isAssistantOf(UserId.random(), CENTRE)).isFalse();
        assertThat(actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE)).isAssistantOf(HP, CENTRE)).isFalse();
        assertThat(assistant.isHealthProfessional()).isFalse();
    }

    @Test
    void a_guest_is_a_guest_on_one_panel_only() {
        var guest = actor(RoleGrant.guestExpert(PANEL));

        assertThat(guest.isGuestOn(PANEL)).isTrue();
        assertThat(guest.isGuestOn(PanelId.random())).isFalse();
        assertThat(actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE)).isGuestOn(PANEL)).isFalse();
    }

    @Test
    void researchers_and_auditors() {
        var researcher = actor(RoleGrant.researcher(Ern.EYE));
        var researchingHp = actor(RoleGrant.researcher(Ern.EYE), RoleGrant.healthProfessional(Ern.EYE, CENTRE));

        assertThat(researcher.isResearcher()).isTrue();
        assertThat(researcher.isOnlyResearcher()).isTrue();
        assertThat(researchingHp.isResearcher()).isTrue();
        assertThat(researchingHp.isOnlyResearcher()).isFalse();
        assertThat(actor().isOnlyResearcher()).isFalse();
        assertThat(actor().isResearcher()).isFalse();
        assertThat(actor(RoleGrant.auditor(Ern.EYE)).isAuditor()).isTrue();
        assertThat(researcher.isAuditor()).isFalse();
        assertThat(researcher.has(Role.RESEARCHER)).isTrue();
        assertThat(researcher.has(Role.AUDITOR)).isFalse();
    }

    @Test
    void only_an_auditor_without_an_ern_is_a_network_wide_auditor() {
        assertThat(actor(RoleGrant.auditor(null)).isNetworkWideAuditor()).isTrue();
        assertThat(actor(RoleGrant.auditor(Ern.EYE)).isNetworkWideAuditor()).isFalse();
        assertThat(actor(RoleGrant.researcher(Ern.EYE)).isNetworkWideAuditor()).isFalse();
    }

    @Test
    void only_a_coordinator_of_the_ern_may_grant_roles_held_in_that_ern() {
        var coordinator = actor(RoleGrant.coordinator(Ern.EYE, CENTRE));
        var otherCoordinator = actor(RoleGrant.coordinator(Ern.RND, CENTRE));
        var dispatcher = actor(RoleGrant.dispatcher(Ern.EYE, CENTRE));

        for (RoleGrant grant : new RoleGrant[] {RoleGrant.healthProfessional(Ern.EYE, OTHER_CENTRE),
                RoleGrant.coordinator(Ern.EYE, OTHER_CENTRE), RoleGrant.dispatcher(Ern.EYE, OTHER_CENTRE),
                RoleGrant.panelManager(Ern.EYE, OTHER_CENTRE), RoleGrant.researcher(Ern.EYE), RoleGrant.auditor(Ern.EYE)}) {
            assertThat(coordinator.mayGrant(grant)).as(grant.role().name()).isTrue();
            assertThat(otherCoordinator.mayGrant(grant)).as(grant.role().name()).isFalse();
            assertThat(dispatcher.mayGrant(grant)).as(grant.role().name()).isFalse();
        }
    }

    @Test
    void a_coordinator_of_any_ern_may_grant_a_centre_assistant() {
        var grant = RoleGrant.centreAssistant(OTHER_CENTRE, HP);

        assertThat(actor(RoleGrant.coordinator(Ern.RND, CENTRE)).mayGrant(grant)).isTrue();
        assertThat(actor(RoleGrant.dispatcher(Ern.RND, OTHER_CENTRE)).mayGrant(grant)).isFalse();
        assertThat(actor(RoleGrant.centreAssistant(OTHER_CENTRE, HP)).mayGrant(grant)).isFalse();
    }

    @Test
    void only_a_network_wide_auditor_may_grant_a_network_wide_auditor() {
        var grant = RoleGrant.auditor(null);

        assertThat(actor(RoleGrant.auditor(null)).mayGrant(grant)).isTrue();
        assertThat(actor(RoleGrant.auditor(Ern.EYE)).mayGrant(grant)).isFalse();
        assertThat(actor(RoleGrant.coordinator(Ern.EYE, CENTRE)).mayGrant(grant)).isFalse();
    }

    @Test
    void a_health_professional_may_grant_a_guest_expert() {
        var grant = RoleGrant.guestExpert(PANEL);

        assertThat(actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE)).mayGrant(grant)).isTrue();
        assertThat(actor(RoleGrant.panelManager(Ern.EYE, CENTRE)).mayGrant(grant)).isFalse();
        assertThat(actor(RoleGrant.guestExpert(PANEL)).mayGrant(grant)).isFalse();
    }

    @Test
    void a_platform_operator_holds_the_operator_capability_and_nothing_else() {
        var operator = Actor.operator(HP);

        assertThat(operator.isOperator()).isTrue();
        assertThat(operator.isNewcomer()).isFalse();
        assertThat(operator.isHealthProfessional()).isFalse();
        assertThat(operator.isCoordinator()).isFalse();
        assertThat(actor(RoleGrant.coordinator(Ern.EYE, CENTRE)).isOperator()).isFalse();
        assertThatThrownBy(() -> new Actor(HP, Set.of(RoleGrant.operator(), RoleGrant.healthProfessional(Ern.EYE, CENTRE))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("actor.invalid");
    }

    @Test
    void an_operator_appoints_coordinators_of_any_ern_and_grants_nothing_else() {
        var operator = Actor.operator(HP);

        assertThat(operator.mayGrant(RoleGrant.coordinator(Ern.EYE, CENTRE))).isTrue();
        assertThat(operator.mayGrant(RoleGrant.coordinator(Ern.ERKNET, OTHER_CENTRE))).isTrue();
        assertThat(operator.mayGrant(RoleGrant.healthProfessional(Ern.EYE, CENTRE))).isFalse();
        assertThat(operator.mayGrant(RoleGrant.centreAssistant(CENTRE, UserId.random()))).isFalse();
        assertThat(operator.mayGrant(RoleGrant.auditor(null))).isFalse();
        assertThat(operator.mayGrant(RoleGrant.guestExpert(PANEL))).isFalse();
        assertThat(operator.mayGrant(RoleGrant.operator())).isFalse();
        assertThat(actor(RoleGrant.coordinator(Ern.EYE, CENTRE)).mayGrant(RoleGrant.operator())).isFalse();
    }

    @Test
    void a_machine_client_acts_for_a_health_professional_with_only_their_grants_at_the_clients_centre() {
        var hp = actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE), RoleGrant.healthProfessional(Ern.RND, OTHER_CENTRE),
                RoleGrant.auditor(null));

        var delegated = hp.delegatedAt(CENTRE);

        assertThat(delegated.id()).isEqualTo(hp.id());
        assertThat(delegated.grants()).containsExactly(RoleGrant.healthProfessional(Ern.EYE, CENTRE));
        assertThat(delegated.isHealthProfessionalAt(OTHER_CENTRE)).isFalse();
        assertThat(delegated.isAuditor()).isFalse();
    }

    @Test
    void a_machine_client_may_not_act_for_someone_who_is_no_health_professional_of_its_centre() {
        assertThatThrownBy(() -> actor(RoleGrant.healthProfessional(Ern.EYE, OTHER_CENTRE)).delegatedAt(CENTRE))
                .isInstanceOf(DelegationForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("client.acting-for-forbidden");
        assertThatThrownBy(() -> actor(RoleGrant.panelManager(Ern.EYE, CENTRE)).delegatedAt(CENTRE))
                .isInstanceOf(DelegationForbidden.class);
    }

    @Test
    void a_health_professional_enrols_for_themselves_and_an_assistant_for_the_professional_they_assist() {
        var hp = actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE), RoleGrant.panelManager(Ern.RND, OTHER_CENTRE));
        var assistant = actor(RoleGrant.centreAssistant(CENTRE, HP));

        assertThat(hp.enrolmentCentres()).containsExactly(CENTRE);
        assertThat(hp.enrolsFor(CENTRE)).contains(hp.id());
        assertThat(hp.enrolsFor(OTHER_CENTRE)).isEmpty();
        assertThat(assistant.enrolmentCentres()).containsExactly(CENTRE);
        assertThat(assistant.enrolsFor(CENTRE)).contains(HP);
    }

    @Test
    void an_assistant_enrols_for_every_professional_they_assist_at_the_centre_and_a_professional_also_for_themselves() {
        var other = UserId.random();
        var both = actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE), RoleGrant.centreAssistant(CENTRE, HP),
                RoleGrant.centreAssistant(OTHER_CENTRE, other));

        assertThat(both.enrolsForAll(CENTRE)).containsExactlyInAnyOrder(both.id(), HP);
        assertThat(both.enrolsForAll(OTHER_CENTRE)).containsExactly(other);
        assertThat(actor(RoleGrant.panelManager(Ern.EYE, CENTRE)).enrolsForAll(CENTRE)).isEmpty();
    }

    @Test
    void a_professional_of_the_centre_leads_panels_in_every_ern_they_are_a_professional_of_and_nobody_else_does() {
        var hp = actor(RoleGrant.healthProfessional(Ern.EYE, CENTRE), RoleGrant.healthProfessional(Ern.RND, OTHER_CENTRE),
                RoleGrant.panelManager(Ern.ITHACA, CENTRE));

        assertThat(hp.leadErnsAt(CENTRE)).containsExactlyInAnyOrder(Ern.EYE, Ern.RND);
        assertThat(hp.leadErnsAt(ProviderId.random())).isEmpty();
        assertThat(actor(RoleGrant.centreAssistant(CENTRE, HP)).leadErnsAt(CENTRE)).isEmpty();
    }
}
