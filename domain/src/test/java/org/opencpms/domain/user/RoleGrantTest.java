package org.opencpms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

class RoleGrantTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();
    private static final PanelId PANEL = PanelId.random();

    private static void assertInvalid(Role role, Ern ern, ProviderId centre, UserId actingFor, PanelId panel) {
        assertThatThrownBy(() -> new RoleGrant(role, ern, centre, actingFor, panel))
                .as("%s %s %s %s %s", role, ern, centre, actingFor, panel)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("role-grant.invalid");
    }

    @Test
    void ern_roles_are_held_in_one_ern_at_one_centre() {
        for (Role role : new Role[] {Role.HEALTH_PROFESSIONAL, Role.COORDINATOR, Role.DISPATCHER, Role.PANEL_MANAGER}) {
            var grant = new RoleGrant(role, Ern.ERKNET, CENTRE, null, null);
            assertThat(grant.inErn()).contains(Ern.ERKNET);
            assertThat(grant.atCentre()).contains(CENTRE);
            assertInvalid(role, null, CENTRE, null, null);
            assertInvalid(role, Ern.ERKNET, null, null, null);
            assertInvalid(role, Ern.ERKNET, CENTRE, HP, null);
            assertInvalid(role, Ern.ERKNET, CENTRE, null, PANEL);
        }
        assertThat(RoleGrant.healthProfessional(Ern.RND, CENTRE).role()).isEqualTo(Role.HEALTH_PROFESSIONAL);
        assertThat(RoleGrant.coordinator(Ern.RND, CENTRE).role()).isEqualTo(Role.COORDINATOR);
        assertThat(RoleGrant.dispatcher(Ern.RND, CENTRE).role()).isEqualTo(Role.DISPATCHER);
        assertThat(RoleGrant.panelManager(Ern.RND, CENTRE).role()).isEqualTo(Role.PANEL_MANAGER);
    }

    @Test
    void a_centre_assistant_is_held_at_one_centre_for_one_health_professional_in_no_ern() {
        var grant = RoleGrant.centreAssistant(CENTRE, HP);
        assertThat(grant.assistantFor()).contains(HP);
        assertThat(grant.atCentre()).contains(CENTRE);
        assertThat(grant.inErn()).isEmpty();
        assertInvalid(Role.CENTRE_ASSISTANT, null, null, HP, null);
        assertInvalid(Role.CENTRE_ASSISTANT, null, CENTRE, null, null);
        assertInvalid(Role.CENTRE_ASSISTANT, Ern.ERKNET, CENTRE, HP, null);
        assertInvalid(Role.CENTRE_ASSISTANT, null, CENTRE, HP, PANEL);
    }

    @Test
    void a_researcher_is_held_in_one_ern_and_an_auditor_in_one_ern_or_network_wide() {
        assertThat(RoleGrant.researcher(Ern.EYE).inErn()).contains(Ern.EYE);
        assertInvalid(Role.RESEARCHER, null, null, null, null);
        assertInvalid(Role.RESEARCHER, Ern.EYE, CENTRE, null, null);
        assertInvalid(Role.RESEARCHER, Ern.EYE, null, HP, null);
        assertInvalid(Role.RESEARCHER, Ern.EYE, null, null, PANEL);
        assertThat(RoleGrant.auditor(null).inErn()).isEmpty();
        assertThat(RoleGrant.auditor(Ern.EYE).inErn()).contains(Ern.EYE);
        assertInvalid(Role.AUDITOR, null, CENTRE, null, null);
        assertInvalid(Role.AUDITOR, null, null, HP, null);
        assertInvalid(Role.AUDITOR, null, null, null, PANEL);
    }

    @Test
    void a_guest_expert_is_held_for_exactly_one_panel() {
        var grant = RoleGrant.guestExpert(PANEL);
        assertThat(grant.forPanel()).contains(PANEL);
        assertThat(grant.atCentre()).isEmpty();
        assertThat(grant.assistantFor()).isEmpty();
        assertThat(RoleGrant.healthProfessional(Ern.EYE, CENTRE).forPanel()).isEmpty();
        assertInvalid(Role.GUEST_EXPERT, null, null, null, null);
        assertInvalid(Role.GUEST_EXPERT, Ern.EYE, null, null, PANEL);
        assertInvalid(Role.GUEST_EXPERT, null, CENTRE, null, PANEL);
        assertInvalid(Role.GUEST_EXPERT, null, null, HP, PANEL);
        assertThatThrownBy(() -> new RoleGrant(null, null, null, null, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("role.invalid");
    }

    @Test
    void coordinators_and_dispatchers_act_as_health_professionals() {
        assertThat(Role.HEALTH_PROFESSIONAL.actsAsHealthProfessional()).isTrue();
        assertThat(Role.COORDINATOR.actsAsHealthProfessional()).isTrue();
        assertThat(Role.DISPATCHER.actsAsHealthProfessional()).isTrue();
        for (Role role : new Role[] {Role.CENTRE_ASSISTANT, Role.PANEL_MANAGER, Role.RESEARCHER, Role.GUEST_EXPERT, Role.AUDITOR}) {
            assertThat(role.actsAsHealthProfessional()).as(role.name()).isFalse();
        }
    }
}
