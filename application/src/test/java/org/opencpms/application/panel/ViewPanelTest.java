package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.PLANTED;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.PanelAction;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ViewPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final Actor member = world.expert(ERN);
    private final Actor invitee = world.expert(OTHER_ERN);
    private final PanelId panel = richPanel();

    private ViewPanel viewPanel(AccessPolicy policy) {
        return new ViewPanel(world.panels, world.patients, policy, world.auditing, world.clock);
    }

    private PanelView view(Actor actor) {
        return viewPanel(world.policy).handle(new ViewPanel.Query(actor, panel));
    }

    /** A panel in sign-off with something of everything: invitations, timeline, data, contributions, meeting, outcome. */
    private PanelId richPanel() {
        var id = world.inAssessment(member);
        var at = NOW.minus(Duration.ofDays(10));
        world.invite(id, invitee);
        world.change(id, p -> {
            p.setDeadline(world.lead, NOW.plus(Duration.ofDays(30)), at);
            p.comment(member, "Consider a skin biopsy", at);
            var request = p.requestData(member, "Audiogram, please", at);
            p.answerDataRequest(request, world.lead, "Attached", List.of(Attachment.document("doc-7", "Audiogram",
                    "application/pdf")), at);
            p.contribute(world.lead, "Likely Alport syndrome", at);
            p.contribute(member, "Agree; test COL4A5", at);
            p.commentOnContribution(world.lead.id(), member, "Agreed", at);
            p.scheduleMeeting(world.lead, NOW.plus(Duration.ofDays(2)), Duration.ofHours(1),
                    Set.of(world.lead.id(), member.id()), "https://meet.example.eu/alport", at);
            p.startSignOff(world.lead, at);
            p.draftOutcome(world.lead, "Alport syndrome", "Genetic testing", "ACE inhibitor", at);
            p.reviewOutcome(member, Agreement.AGREE, "Fine", at);
        });
        return id;
    }

    @Test
    void the_view_names_the_actions_the_viewer_may_take_now() {
        assertThat(view(world.lead).allowedActions()).contains(PanelAction.DRAFT_OUTCOME, PanelAction.COMMENT)
                .doesNotContain(PanelAction.REVIEW_OUTCOME);
        assertThat(view(member).allowedActions()).contains(PanelAction.COMMENT, PanelAction.REQUEST_DATA)
                .doesNotContain(PanelAction.DRAFT_OUTCOME);
        assertThat(view(invitee).allowedActions()).isEmpty();
    }

    @Test
    void the_lead_sees_everything_the_panel_holds_and_the_patient_by_nickname_age_and_sex() {
        var view = view(world.lead);

        var stored = world.stored(panel);
        assertThat(view.id()).isEqualTo(panel);
        assertThat(view.version()).isEqualTo(stored.version());
        assertThat(view.patient()).isEqualTo(new PatientCard(world.patient, new Nickname("brave-okapi-0427"), 37, Sex.FEMALE));
        assertThat(view.state()).isEqualTo(PanelState.SIGN_OFF);
        assertThat(view.leadErn()).isEqualTo(ERN);
        assertThat(view.lead()).isEqualTo(world.lead.id());
        assertThat(view.members()).containsExactly(member.id());
        assertThat(view.form()).isEqualTo(PanelFixtures.completeForm());
        assertThat(view.attachments()).extracting(Attachment::reference).containsExactly("doc-7");
        assertThat(view.deadline()).contains(NOW.plus(Duration.ofDays(30)));
        assertThat(view.history()).extracting(t -> t.to())
                .containsExactly(PanelState.PANEL_SELECTION, PanelState.ASSESSMENT, PanelState.SIGN_OFF);
        assertThat(view.invitations()).extracting(i -> i.status())
                .containsExactly(InvitationStatus.ACCEPTED, InvitationStatus.PENDING);
        assertThat(view.timeline()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Consider a skin biopsy"));
        assertThat(view.dataRequests()).singleElement().satisfies(r -> assertThat(r.isAnswered()).isTrue());
        assertThat(view.contributions()).hasSize(2);
        assertThat(view.contributions().get(0).comments()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Agreed"));
        assertThat(view.meetings()).hasSize(1);
        assertThat(view.outcome()).hasValueSatisfying(o -> assertThat(o.reviews()).hasSize(1));
        assertThat(view.usefulness()).isEmpty();
        assertThat(view.openedAt()).isEqualTo(stored.openedAt());
        assertThat(view.timeToOutcome()).isEmpty();
    }

    @Test
    void each_view_is_audited_as_a_read_concerning_the_patient() {
        view(member);

        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.actor()).isEqualTo(member.id());
        assertThat(entry.resourceType()).isEqualTo("Panel");
        assertThat(entry.resourceId()).isEqualTo(panel.toString());
        assertThat(entry.patient()).isEqualTo(world.patient);
    }

    @Test
    void participants_invitees_the_lead_ern_s_coordination_and_the_lead_s_assistant_see_the_panel() {
        var seeing = Map.of(
                "lead", world.lead,
                "member", member,
                "invitee", invitee,
                "coordinator of the lead ERN", world.person(RoleGrant.coordinator(ERN, world.otherCentre)),
                "dispatcher of the lead ERN", world.person(RoleGrant.dispatcher(ERN, world.otherCentre)),
                "panel manager of the lead ERN", world.person(RoleGrant.panelManager(ERN, world.otherCentre)),
                "lead's centre assistant", world.person(RoleGrant.centreAssistant(world.centre, world.lead.id())));

        seeing.forEach((who, actor) -> assertThat(view(actor).id()).as(who).isEqualTo(panel));
    }

    @Test
    void nobody_else_sees_the_panel() {
        var otherPanel = world.draft();
        var refused = Map.of(
                "guest expert of another panel", world.person(RoleGrant.guestExpert(otherPanel)),
                "researcher", world.person(RoleGrant.researcher(ERN)),
                "health professional of the lead ERN elsewhere", world.expert(ERN),
                "health professional of the patient's centre", world.person(RoleGrant.healthProfessional(ERN, world.centre)),
                "coordinator of another ERN", world.person(RoleGrant.coordinator(OTHER_ERN, world.otherCentre)),
                "panel manager of another ERN", world.person(RoleGrant.panelManager(OTHER_ERN, world.otherCentre)),
                "auditor", world.person(RoleGrant.auditor(null)));
        int audited = world.audit().size();

        refused.forEach((who, actor) -> assertRefused(() -> view(actor), "panel.not-found"));
        assertThat(world.audit()).hasSize(audited);
    }

    @Test
    void no_view_carries_identifying_data_for_anyone_not_even_the_enrolling_health_professional_in_centre_mode() {
        var colleague = world.person(RoleGrant.healthProfessional(ERN, world.centre));
        var viewers = List.of(world.lead, member, invitee, world.person(RoleGrant.coordinator(ERN, world.otherCentre)),
                world.person(RoleGrant.panelManager(ERN, world.otherCentre)),
                world.person(RoleGrant.centreAssistant(world.centre, world.lead.id())), colleague);
        var centreMode = viewPanel(new AccessPolicy(IdentityVisibility.CENTRE));

        for (Actor viewer : viewers) {
            var text = centreMode.handle(new ViewPanel.Query(viewer, panel)).toString();
            assertThat(text).doesNotContain(PLANTED).contains("brave-okapi-0427");
        }
    }

    @Test
    void a_deleted_panel_is_not_found_even_by_its_lead() {
        var draft = world.draft();
        world.change(draft, p -> p.delete(world.lead, NOW));

        assertRefused(() -> viewPanel(world.policy).handle(new ViewPanel.Query(world.lead, draft)), "panel.not-found");
        assertRefused(() -> viewPanel(world.policy).handle(new ViewPanel.Query(
                world.person(RoleGrant.coordinator(ERN, world.otherCentre)), draft)), "panel.not-found");
    }

    @Test
    void an_unknown_panel_is_not_found() {
        assertRefused(() -> viewPanel(world.policy).handle(new ViewPanel.Query(world.lead, PanelId.random())),
                "panel.not-found");
    }
}
