package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.AUDITOR;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUE;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.FOREIGN_EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NEWCOMER;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_CENTRE;
import static org.opencpms.domain.panel.Fixtures.OTHER_COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.OTHER_DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.OTHER_ERN;
import static org.opencpms.domain.panel.Fixtures.OTHER_PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.RESEARCHER;
import static org.opencpms.domain.panel.Fixtures.SECOND_EXPERT;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;
import static org.opencpms.domain.panel.Fixtures.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.RuleViolation;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class PanelSelectionTest {

    @Test
    void the_lead_invites_an_expert_of_the_lead_ern() {
        Panel panel = Fixtures.inSelection();

        panel.invite(EXPERT, LEAD, NOW);

        assertThat(panel.invitations()).containsExactly(
                new Invitation(EXPERT.id(), InvitationKind.SAME_ERN, LEAD.id(), NOW, InvitationStatus.PENDING, Optional.empty()));
        assertThat(panel.hasPendingInvitation(EXPERT.id())).isTrue();
        assertThat(panel.isMember(EXPERT.id())).isFalse();
        assertThat(panel.pullEvents()).containsExactly(new ExpertInvited(panel.id(), EXPERT.id(), InvitationKind.SAME_ERN, LEAD.id(), NOW));
    }

    @Test
    void the_kind_of_invitation_follows_the_invitees_grants() {
        Panel panel = Fixtures.inSelection();
        Actor guest = Fixtures.guestOn(panel.id());
        Actor hpAndGuest = person(RoleGrant.healthProfessional(OTHER_ERN, OTHER_CENTRE), RoleGrant.guestExpert(panel.id()));
        Actor hpAndResearcher = person(RoleGrant.healthProfessional(ERN, OTHER_CENTRE), RoleGrant.researcher(ERN));

        panel.invite(FOREIGN_EXPERT, LEAD, NOW);
        panel.invite(guest, LEAD, NOW);
        panel.invite(hpAndGuest, LEAD, NOW);
        panel.invite(hpAndResearcher, LEAD, NOW);
        panel.invite(COORDINATOR, LEAD, NOW);

        assertThat(panel.invitations()).extracting(Invitation::kind).containsExactly(
                InvitationKind.OTHER_ERN, InvitationKind.GUEST, InvitationKind.OTHER_ERN, InvitationKind.SAME_ERN, InvitationKind.SAME_ERN);
    }

    @Test
    void assistants_researchers_panel_managers_auditors_and_guests_of_other_panels_are_never_invited() {
        Panel panel = Fixtures.inSelection();
        for (var ineligible : List.of(ASSISTANT, RESEARCHER, PANEL_MANAGER, AUDITOR, NEWCOMER, Fixtures.guestOn(PanelId.random()))) {
            assertThatThrownBy(() -> panel.invite(ineligible, LEAD, NOW)).isInstanceOf(RuleViolation.class);
            assertFailsWith(() -> panel.invite(ineligible, LEAD, NOW)).isEqualTo("panel.invitee-not-eligible");
        }
        assertThat(panel.invitations()).isEmpty();
    }

    @Test
    void the_lead_erns_coordinator_dispatcher_and_panel_manager_invite_too() {
        Panel panel = Fixtures.inSelection();
        panel.invite(EXPERT, COORDINATOR, NOW);
        panel.invite(SECOND_EXPERT, DISPATCHER, NOW);
        panel.invite(FOREIGN_EXPERT, PANEL_MANAGER, NOW);
        assertThat(panel.invitations()).extracting(Invitation::invitedBy)
                .containsExactly(COORDINATOR.id(), DISPATCHER.id(), PANEL_MANAGER.id());
    }

    @Test
    void members_colleagues_and_other_erns_do_not_invite() {
        Panel panel = Fixtures.inSelection(EXPERT);
        for (var other : List.of(EXPERT, COLLEAGUE, OTHER_COORDINATOR, OTHER_DISPATCHER, OTHER_PANEL_MANAGER, ASSISTANT)) {
            assertThatThrownBy(() -> panel.invite(SECOND_EXPERT, other, NOW)).isInstanceOf(Forbidden.class);
            assertFailsWith(() -> panel.invite(SECOND_EXPERT, other, NOW)).isEqualTo("panel.forbidden");
        }
    }

    @Test
    void experts_are_invited_in_panel_selection_and_assessment_only() {
        Panel assessing = Fixtures.inAssessment();
        assessing.invite(EXPERT, LEAD, NOW);
        assertThat(assessing.hasPendingInvitation(EXPERT.id())).isTrue();
        assertFailsWith(() -> Fixtures.draft().invite(EXPERT, LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.inSignOff().invite(SECOND_EXPERT, LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.draft().invite(EXPERT, COORDINATOR, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void the_experts_offered_for_invitation_are_those_the_invitation_accepts() {
        Panel panel = Fixtures.inSelection(EXPERT);
        panel.invite(SECOND_EXPERT, LEAD, NOW);
        var fresh = person(RoleGrant.healthProfessional(ERN, OTHER_CENTRE));

        assertThat(panel.invitableAmong(List.of(LEAD, EXPERT, SECOND_EXPERT, fresh, FOREIGN_EXPERT, RESEARCHER), LEAD))
                .containsExactly(fresh, FOREIGN_EXPERT);
        assertFailsWith(() -> panel.invitableAmong(List.of(fresh), EXPERT)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> Fixtures.draft().invitableAmong(List.of(fresh), LEAD)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void no_one_is_invited_twice_while_pending_or_accepted_nor_the_lead() {
        Panel panel = Fixtures.inSelection(EXPERT);
        panel.invite(SECOND_EXPERT, LEAD, NOW);
        for (var already : List.of(EXPERT, SECOND_EXPERT, LEAD)) {
            assertThatThrownBy(() -> panel.invite(already, COORDINATOR, NOW)).isInstanceOf(Conflict.class);
            assertFailsWith(() -> panel.invite(already, COORDINATOR, NOW)).isEqualTo("panel.duplicate-invitation");
        }
    }

    @Test
    void someone_who_declined_may_be_invited_again() {
        Panel panel = Fixtures.inSelection();
        panel.invite(EXPERT, LEAD, NOW);
        panel.decline(EXPERT, NOW);
        panel.invite(EXPERT, LEAD, LATER);
        panel.accept(EXPERT, LATER);
        assertThat(panel.invitations()).extracting(Invitation::status)
                .containsExactly(InvitationStatus.DECLINED, InvitationStatus.ACCEPTED);
        assertThat(panel.isMember(EXPERT.id())).isTrue();
    }

    @Test
    void an_invitee_who_accepts_becomes_a_member() {
        Panel panel = Fixtures.inSelection();
        panel.invite(EXPERT, LEAD, Fixtures.T0);
        panel.pullEvents();

        panel.accept(EXPERT, NOW);

        assertThat(panel.invitations()).containsExactly(new Invitation(EXPERT.id(), InvitationKind.SAME_ERN, LEAD.id(), Fixtures.T0,
                InvitationStatus.ACCEPTED, Optional.of(NOW)));
        assertThat(panel.isMember(EXPERT.id())).isTrue();
        assertThat(panel.isParticipant(EXPERT.id())).isTrue();
        assertThat(panel.hasPendingInvitation(EXPERT.id())).isFalse();
        assertThat(panel.members()).containsExactly(EXPERT.id());
        assertThat(panel.participants()).containsExactly(LEAD.id(), EXPERT.id());
        assertThat(panel.pullEvents()).containsExactly(new InvitationAccepted(panel.id(), EXPERT.id(), NOW));
    }

    @Test
    void an_invitee_who_declines_does_not_become_a_member() {
        Panel panel = Fixtures.inSelection();
        panel.invite(EXPERT, LEAD, NOW);
        panel.pullEvents();

        panel.decline(EXPERT, NOW);

        assertThat(panel.invitations()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED);
            assertThat(i.answeredAt()).contains(NOW);
        });
        assertThat(panel.isMember(EXPERT.id())).isFalse();
        assertThat(panel.pullEvents()).containsExactly(new InvitationDeclined(panel.id(), EXPERT.id(), NOW));
    }

    @Test
    void an_invitation_is_answered_once_by_the_invitee() {
        Panel panel = Fixtures.inSelection();
        panel.invite(EXPERT, LEAD, NOW);
        assertThatThrownBy(() -> panel.accept(SECOND_EXPERT, NOW)).isInstanceOf(Forbidden.class);
        assertFailsWith(() -> panel.accept(SECOND_EXPERT, NOW)).isEqualTo("panel.not-invited");
        assertFailsWith(() -> panel.decline(LEAD, NOW)).isEqualTo("panel.not-invited");
        panel.accept(EXPERT, NOW);
        assertThatThrownBy(() -> panel.accept(EXPERT, NOW)).isInstanceOf(Conflict.class);
        assertFailsWith(() -> panel.accept(EXPERT, NOW)).isEqualTo("panel.invitation-already-answered");
        assertFailsWith(() -> panel.decline(EXPERT, NOW)).isEqualTo("panel.invitation-already-answered");
        assertThat(panel.isMember(EXPERT.id())).isTrue();
    }

    @Test
    void invitations_are_answered_in_panel_selection_and_assessment_only() {
        Panel panel = Fixtures.inAssessment();
        panel.invite(EXPERT, LEAD, NOW);
        panel.invite(SECOND_EXPERT, LEAD, NOW);
        panel.accept(EXPERT, NOW);
        panel.startSignOff(LEAD, NOW);
        assertFailsWith(() -> panel.accept(SECOND_EXPERT, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> panel.decline(SECOND_EXPERT, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void a_coordinator_of_the_lead_ern_forwards_the_panel_to_another_ern() {
        Panel panel = Fixtures.inSelection();

        panel.forward(OTHER_ERN, COORDINATOR, " better fit for RND ", NOW);

        assertThat(panel.leadErn()).isEqualTo(OTHER_ERN);
        assertThat(panel.forwardings()).containsExactly(new Forwarding(ERN, OTHER_ERN, COORDINATOR.id(), "better fit for RND", NOW));
        assertThat(panel.pullEvents()).containsExactly(
                new PanelForwarded(panel.id(), ERN, OTHER_ERN, "better fit for RND", COORDINATOR.id(), NOW));
        assertThat(panel.lead()).isEqualTo(LEAD.id());
    }

    @Test
    void after_forwarding_the_new_erns_coordination_is_in_charge() {
        Panel panel = Fixtures.inSelection();
        panel.forward(OTHER_ERN, COORDINATOR, "fit", NOW);
        assertFailsWith(() -> panel.forward(ERN, COORDINATOR, "back", NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> panel.invite(EXPERT, COORDINATOR, NOW)).isEqualTo("panel.forbidden");
        panel.invite(EXPERT, OTHER_COORDINATOR, NOW);
        assertThat(panel.invitations()).singleElement().extracting(Invitation::kind).isEqualTo(InvitationKind.OTHER_ERN);
        panel.forward(ERN, OTHER_COORDINATOR, "back after all", LATER);
        assertThat(panel.forwardings()).extracting(Forwarding::to).containsExactly(OTHER_ERN, ERN);
    }

    @Test
    void only_a_coordinator_forwards_to_a_different_ern_with_a_reason() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        for (var other : List.of(LEAD, DISPATCHER, PANEL_MANAGER, OTHER_COORDINATOR, EXPERT)) {
            assertFailsWith(() -> panel.forward(OTHER_ERN, other, "fit", NOW)).isEqualTo("panel.forbidden");
        }
        assertFailsWith(() -> panel.forward(ERN, COORDINATOR, "fit", NOW)).isEqualTo("panel.forward-to-same-ern");
        assertFailsWith(() -> panel.forward(OTHER_ERN, COORDINATOR, " ", NOW)).isEqualTo("reason.invalid");
        assertFailsWith(() -> panel.forward(null, COORDINATOR, "fit", NOW)).isEqualTo("ern.invalid");
        assertFailsWith(() -> Fixtures.draft().forward(OTHER_ERN, COORDINATOR, "fit", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.inSignOff().forward(OTHER_ERN, COORDINATOR, "fit", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.leadErn()).isEqualTo(ERN);
        assertThat(panel.forwardings()).isEmpty();
    }

    @Test
    void the_lead_hands_the_panel_to_a_member_and_stays_on_as_a_member() {
        Panel panel = Fixtures.inAssessment(EXPERT);

        panel.handOver(EXPERT, LEAD, NOW);

        assertThat(panel.lead()).isEqualTo(EXPERT.id());
        assertThat(panel.isLead(EXPERT.id())).isTrue();
        assertThat(panel.isMember(EXPERT.id())).isFalse();
        assertThat(panel.isMember(LEAD.id())).isTrue();
        assertThat(panel.members()).containsExactly(LEAD.id());
        assertThat(panel.participants()).containsExactly(EXPERT.id(), LEAD.id());
        assertThat(panel.handovers()).containsExactly(new Handover(LEAD.id(), EXPERT.id(), LEAD.id(), NOW));
        assertThat(panel.pullEvents()).containsExactly(new LeadHandedOver(panel.id(), LEAD.id(), EXPERT.id(), LEAD.id(), NOW));
        assertFailsWith(() -> panel.startSignOff(LEAD, NOW)).isEqualTo("panel.forbidden");
        panel.startSignOff(EXPERT, NOW);
        assertThat(panel.draftedBy()).isEqualTo(LEAD.id());
    }

    @Test
    void the_lead_can_be_handed_back() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.handOver(EXPERT, LEAD, NOW);
        panel.handOver(LEAD, EXPERT, LATER);
        assertThat(panel.lead()).isEqualTo(LEAD.id());
        assertThat(panel.members()).containsExactly(EXPERT.id());
    }

    @Test
    void the_lead_is_handed_only_by_the_lead_to_a_member_who_is_a_health_professional_in_the_lead_ern() {
        Panel panel = Fixtures.inSelection(EXPERT, FOREIGN_EXPERT);
        Actor guest = Fixtures.guestOn(panel.id());
        panel.invite(guest, LEAD, NOW);
        panel.accept(guest, NOW);
        assertFailsWith(() -> panel.handOver(EXPERT, COORDINATOR, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.handOver(FOREIGN_EXPERT, EXPERT, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.handOver(SECOND_EXPERT, LEAD, NOW)).isEqualTo("panel.handover-not-eligible");
        assertFailsWith(() -> panel.handOver(FOREIGN_EXPERT, LEAD, NOW)).isEqualTo("panel.handover-not-eligible");
        assertFailsWith(() -> panel.handOver(guest, LEAD, NOW)).isEqualTo("panel.handover-not-eligible");
        assertFailsWith(() -> panel.handOver(LEAD, LEAD, NOW)).isEqualTo("panel.handover-not-eligible");
        assertFailsWith(() -> panel.handOver(null, LEAD, NOW)).isEqualTo("actor.invalid");
        assertFailsWith(() -> Fixtures.draft().handOver(EXPERT, LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.closed().handOver(EXPERT, LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.lead()).isEqualTo(LEAD.id());
    }
}
