package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.CARE_ONLY;
import static org.opencpms.domain.panel.Fixtures.CENTRE;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUE;
import static org.opencpms.domain.panel.Fixtures.CONSENTING;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_ERN;
import static org.opencpms.domain.panel.Fixtures.PATIENT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;
import static org.opencpms.domain.panel.Fixtures.completeForm;
import static org.opencpms.domain.panel.Fixtures.patientEnrolledBy;
import static org.opencpms.domain.panel.Fixtures.person;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.RuleViolation;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class PanelDraftingTest {

    private static Panel draftBy(Actor actor, PatientConsents consents) {
        return Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, actor, completeForm(), consents, NOW);
    }

    @Test
    void a_health_professional_of_the_patients_centre_drafts_a_panel_and_leads_it() {
        var id = PanelId.random();
        Panel panel = Panel.draft(id, PATIENT, CENTRE, ERN, LEAD, completeForm(), CONSENTING, NOW);

        assertThat(panel.id()).isEqualTo(id);
        assertThat(panel.patient()).isEqualTo(PATIENT);
        assertThat(panel.patientCentre()).isEqualTo(CENTRE);
        assertThat(panel.leadErn()).isEqualTo(ERN);
        assertThat(panel.lead()).isEqualTo(LEAD.id());
        assertThat(panel.draftedBy()).isEqualTo(LEAD.id());
        assertThat(panel.draftedAt()).isEqualTo(NOW);
        assertThat(panel.state()).isEqualTo(PanelState.DRAFT);
        assertThat(panel.form()).isEqualTo(completeForm());
        assertThat(panel.version()).isZero();
        assertThat(panel.copiedFrom()).isEmpty();
        assertThat(panel.deadline()).isEmpty();
        assertThat(panel.history()).isEmpty();
        assertThat(panel.openedAt()).isEmpty();
        assertThat(panel.members()).isEmpty();
        assertThat(panel.participants()).containsExactly(LEAD.id());
        assertThat(panel.isLead(LEAD.id())).isTrue();
        assertThat(panel.isMember(LEAD.id())).isFalse();
        assertThat(panel.isUrgent()).isFalse();
        assertThat(panel.pullEvents()).containsExactly(new PanelDrafted(id, PATIENT, ERN, false, LEAD.id(), NOW));
        assertThat(panel.pullEvents()).isEmpty();
    }

    @Test
    void an_urgent_draft_says_so_in_its_event() {
        var form = completeForm();
        var urgent = new ConsultationForm(form.reasonForRequest(), form.clinicalQuestion(), true, form.sections(),
                form.diagnoses(), form.phenotypes(), form.customData(), form.attachments(), form.pedigree());
        Panel panel = Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, LEAD, urgent, CONSENTING, NOW);
        assertThat(panel.isUrgent()).isTrue();
        assertThat(panel.pullEvents()).singleElement().isInstanceOfSatisfying(PanelDrafted.class, e -> assertThat(e.urgent()).isTrue());
    }

    @Test
    void a_draft_may_start_with_an_empty_form() {
        Panel panel = Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, LEAD, ConsultationForm.empty(), CONSENTING, NOW);
        assertThat(panel.form()).isEqualTo(ConsultationForm.empty());
    }

    @Test
    void a_coordinator_working_at_the_patients_centre_may_draft_too() {
        var coordinatorHere = person(RoleGrant.coordinator(ERN, CENTRE));
        assertThat(draftBy(coordinatorHere, CONSENTING).lead()).isEqualTo(coordinatorHere.id());
    }

    @Test
    void only_a_health_professional_of_the_patients_centre_in_the_lead_ern_opens_a_panel() {
        assertThatThrownBy(() -> draftBy(EXPERT, CONSENTING)).isInstanceOf(Forbidden.class);
        assertFailsWith(() -> draftBy(EXPERT, CONSENTING)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> draftBy(person(RoleGrant.healthProfessional(OTHER_ERN, CENTRE)), CONSENTING)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> draftBy(ASSISTANT, CONSENTING)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> draftBy(COORDINATOR, CONSENTING)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> draftBy(person(RoleGrant.panelManager(ERN, CENTRE)), CONSENTING)).isEqualTo("panel.forbidden");
    }

    @Test
    void a_panel_needs_consent_for_care_and_for_sharing_within_the_ern() {
        assertThatThrownBy(() -> draftBy(LEAD, CARE_ONLY)).isInstanceOf(RuleViolation.class);
        assertFailsWith(() -> draftBy(LEAD, CARE_ONLY)).isEqualTo("panel.sharing-consent-required");
        var sharingOnly = new PatientConsents(PATIENT, Set.of(ConsentKind.SHARING_WITHIN_ERN));
        assertFailsWith(() -> draftBy(LEAD, sharingOnly)).isEqualTo("panel.sharing-consent-required");
    }

    @Test
    void the_consents_must_be_the_patients_own() {
        var someoneElses = new PatientConsents(PatientId.random(), CONSENTING.inForce());
        assertFailsWith(() -> draftBy(LEAD, someoneElses)).isEqualTo("consents.invalid");
        assertFailsWith(() -> draftBy(LEAD, null)).isEqualTo("consents.invalid");
    }

    @Test
    void the_forbidden_opener_is_told_before_the_missing_consent() {
        assertFailsWith(() -> draftBy(EXPERT, CARE_ONLY)).isEqualTo("panel.forbidden");
    }

    @Test
    void everything_a_draft_is_made_of_is_required() {
        var form = completeForm();
        assertFailsWith(() -> Panel.draft(null, PATIENT, CENTRE, ERN, LEAD, form, CONSENTING, NOW)).isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> Panel.draft(PanelId.random(), PATIENT, null, ERN, LEAD, form, CONSENTING, NOW))
                .isEqualTo("patient-centre.invalid");
        assertFailsWith(() -> Panel.draft(PanelId.random(), PATIENT, CENTRE, null, LEAD, form, CONSENTING, NOW))
                .isEqualTo("lead-ern.invalid");
        assertFailsWith(() -> Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, null, form, CONSENTING, NOW)).isEqualTo("actor.invalid");
        assertFailsWith(() -> Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, LEAD, null, CONSENTING, NOW))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, LEAD, form, CONSENTING, null))
                .isEqualTo("panel-snapshot.invalid");
    }

    @Test
    void a_copy_is_a_new_draft_for_the_same_patient_prefilled_from_the_source() {
        Panel source = Fixtures.closed();
        var newId = PanelId.random();

        Panel copy = Panel.copyOf(source, patientEnrolledBy(COLLEAGUE), newId, COLLEAGUE, CONSENTING, NOW);

        assertThat(copy.id()).isEqualTo(newId);
        assertThat(copy.state()).isEqualTo(PanelState.DRAFT);
        assertThat(copy.patient()).isEqualTo(PATIENT);
        assertThat(copy.patientCentre()).isEqualTo(CENTRE);
        assertThat(copy.leadErn()).isEqualTo(ERN);
        assertThat(copy.lead()).isEqualTo(COLLEAGUE.id());
        assertThat(copy.form()).isEqualTo(source.form());
        assertThat(copy.copiedFrom()).contains(source.id());
        assertThat(copy.members()).isEmpty();
        assertThat(copy.contributions()).isEmpty();
        assertThat(copy.outcome()).isEmpty();
        assertThat(copy.pullEvents()).containsExactly(
                new PanelDrafted(newId, PATIENT, ERN, false, COLLEAGUE.id(), NOW),
                new PanelCopied(newId, source.id(), COLLEAGUE.id(), NOW));
        assertThat(source.pullEvents()).isEmpty();
    }

    @Test
    void the_lead_of_the_earlier_panel_copies_it_without_handling_the_patient() {
        Panel source = Fixtures.closed();

        Panel copy = Panel.copyOf(source, patientEnrolledBy(COLLEAGUE), PanelId.random(), LEAD, CONSENTING, NOW);

        assertThat(copy.lead()).isEqualTo(LEAD.id());
        assertThat(copy.copiedFrom()).contains(source.id());
    }

    @Test
    void a_health_professional_of_the_centre_who_neither_led_the_panel_nor_handles_the_patient_may_not_copy_it() {
        Panel source = Fixtures.closed();
        var anotherColleague = person(RoleGrant.healthProfessional(ERN, CENTRE));

        assertThatThrownBy(() -> Panel.copyOf(source, patientEnrolledBy(COLLEAGUE), PanelId.random(), anotherColleague,
                CONSENTING, NOW))
                .isInstanceOf(PanelForbidden.class).extracting("code").isEqualTo(PanelForbidden.COPY_FORBIDDEN);
    }

    @Test
    void after_a_handover_the_new_lead_copies_the_panel_and_the_former_lead_now_a_member_does_not() {
        var memberHere = person(RoleGrant.healthProfessional(ERN, CENTRE));
        Panel source = Fixtures.inSelection(memberHere);
        source.handOver(memberHere, LEAD, T0);
        var patient = patientEnrolledBy(COLLEAGUE);

        assertFailsWith(() -> Panel.copyOf(source, patient, PanelId.random(), LEAD, CONSENTING, NOW))
                .isEqualTo("panel.copy-forbidden");
        assertThat(Panel.copyOf(source, patient, PanelId.random(), memberHere, CONSENTING, NOW).lead())
                .isEqualTo(memberHere.id());
    }

    @Test
    void a_copy_is_led_in_the_ern_the_source_was_forwarded_to() {
        Panel source = Fixtures.inSelection();
        source.forward(OTHER_ERN, COORDINATOR, "fits better", T0);
        var hereInOtherErn = person(RoleGrant.healthProfessional(OTHER_ERN, CENTRE));
        assertThat(Panel.copyOf(source, patientEnrolledBy(hereInOtherErn), PanelId.random(), hereInOtherErn, CONSENTING,
                NOW).leadErn()).isEqualTo(OTHER_ERN);
        assertFailsWith(() -> Panel.copyOf(source, patientEnrolledBy(LEAD), PanelId.random(), LEAD, CONSENTING, NOW))
                .isEqualTo("panel.forbidden");
    }

    @Test
    void a_deleted_panel_is_not_copied() {
        Panel source = Fixtures.draft();
        source.delete(LEAD, NOW);

        assertFailsWith(() -> Panel.copyOf(source, patientEnrolledBy(LEAD), PanelId.random(), LEAD, CONSENTING, NOW))
                .isEqualTo("panel.not-allowed-in-state");
        Panel aborted = Fixtures.draft();
        aborted.abort(LEAD, "duplicate", NOW);
        assertThat(Panel.copyOf(aborted, patientEnrolledBy(LEAD), PanelId.random(), LEAD, CONSENTING, NOW).state())
                .isEqualTo(PanelState.DRAFT);
    }

    @Test
    void a_copy_follows_the_rules_of_drafting() {
        Panel source = Fixtures.closed();
        var patient = patientEnrolledBy(LEAD);
        assertFailsWith(() -> Panel.copyOf(source, patient, PanelId.random(), ASSISTANT, CONSENTING, NOW))
                .isEqualTo("panel.forbidden");
        assertFailsWith(() -> Panel.copyOf(source, patient, PanelId.random(), LEAD, CARE_ONLY, NOW))
                .isEqualTo("panel.sharing-consent-required");
        assertFailsWith(() -> Panel.copyOf(source, patient, source.id(), LEAD, CONSENTING, NOW)).isEqualTo("panel-id.invalid");
        assertFailsWith(() -> Panel.copyOf(null, patient, PanelId.random(), LEAD, CONSENTING, NOW)).isEqualTo("panel.invalid");
        assertFailsWith(() -> Panel.copyOf(source, null, PanelId.random(), LEAD, CONSENTING, NOW)).isEqualTo("patient.invalid");
        assertFailsWith(() -> Panel.copyOf(source, patient, PanelId.random(), null, CONSENTING, NOW)).isEqualTo("actor.invalid");
    }

    @Test
    void a_copy_is_made_with_the_source_panels_own_patient() {
        Panel source = Fixtures.closed();
        var someoneElse = Fixtures.patient(PatientId.random(), LEAD);

        assertFailsWith(() -> Panel.copyOf(source, someoneElse, PanelId.random(), LEAD, CONSENTING, NOW))
                .isEqualTo("patient.invalid");
    }

    @Test
    void a_restored_panel_has_the_stored_state_and_no_events() {
        Panel original = Fixtures.closed();
        original.rateUsefulness(LEAD, 4, NOW);
        PanelSnapshot stored = original.snapshot();

        Panel restored = Panel.restore(stored);

        assertThat(restored.snapshot()).isEqualTo(stored);
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.usefulness()).contains(new Usefulness(4, LEAD.id(), NOW));
        assertThat(restored.members()).isEqualTo(original.members());
        assertFailsWith(() -> Panel.restore(null)).isEqualTo("panel-snapshot.invalid");
    }

    @Test
    void a_restored_panel_keeps_its_version_and_carries_on() {
        PanelSnapshot s = Fixtures.inAssessment(EXPERT).snapshot();
        var stored = new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(),
                s.draftedAt(), s.copiedFrom(), s.state(), s.form(), s.deadline(), s.history(), s.forwardings(), s.handovers(),
                s.invitations(), s.comments(), s.dataRequests(), s.contributions(), s.meetings(), s.outcome(), s.usefulness(), 7);

        Panel restored = Panel.restore(stored);
        restored.contribute(EXPERT, "Becker", NOW);

        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.snapshot().version()).isEqualTo(7);
        assertThat(restored.isMember(EXPERT.id())).isTrue();
        assertThat(restored.contributions()).hasSize(1);
        assertThat(restored.pullEvents()).containsExactly(new ContributionRecorded(s.id(), false, EXPERT.id(), NOW));
    }

    @Test
    void a_snapshot_holds_every_part_of_the_panel() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.setDeadline(LEAD, Fixtures.LATER, NOW);
        panel.comment(EXPERT, "Interesting", NOW);
        panel.requestData(EXPERT, "CK levels?", NOW);
        panel.contribute(EXPERT, "Becker", NOW);
        panel.scheduleMeeting(LEAD, Fixtures.LATER, Duration.ofHours(1), Set.of(LEAD.id()), Fixtures.VIDEO_LINK, NOW);

        PanelSnapshot s = panel.snapshot();

        assertThat(s.id()).isEqualTo(panel.id());
        assertThat(s.patient()).isEqualTo(PATIENT);
        assertThat(s.patientCentre()).isEqualTo(CENTRE);
        assertThat(s.leadErn()).isEqualTo(ERN);
        assertThat(s.lead()).isEqualTo(LEAD.id());
        assertThat(s.draftedBy()).isEqualTo(LEAD.id());
        assertThat(s.draftedAt()).isEqualTo(T0);
        assertThat(s.state()).isEqualTo(PanelState.ASSESSMENT);
        assertThat(s.form()).isEqualTo(panel.form());
        assertThat(s.deadline()).contains(Fixtures.LATER);
        assertThat(s.history()).isEqualTo(panel.history()).hasSize(2);
        assertThat(s.invitations()).isEqualTo(panel.invitations()).hasSize(1);
        assertThat(s.comments()).isEqualTo(panel.comments()).hasSize(1);
        assertThat(s.dataRequests()).isEqualTo(panel.dataRequests()).hasSize(1);
        assertThat(s.contributions()).isEqualTo(panel.contributions()).hasSize(1);
        assertThat(s.meetings()).isEqualTo(panel.meetings()).hasSize(1);
        assertThat(s.forwardings()).isEmpty();
        assertThat(s.handovers()).isEmpty();
        assertThat(s.outcome()).isEmpty();
        assertThat(s.usefulness()).isEmpty();
        assertThat(s.copiedFrom()).isEmpty();
    }

    @Test
    void read_only_views_cannot_change_the_panel() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.comment(EXPERT, "Interesting", NOW);
        assertThatThrownBy(() -> panel.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.comments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.forwardings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.handovers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.participants().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> panel.invitations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(panel.comments()).hasSize(1);
    }

    @Test
    void the_panels_port_gets_a_stored_panel_or_says_it_is_not_found() {
        Panel stored = Fixtures.draft();
        Panels panels = new Panels() {
            @Override
            public Optional<Panel> find(PanelId id) {
                return id.equals(stored.id()) ? Optional.of(stored) : Optional.empty();
            }

            @Override
            public void save(Panel panel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Panel> ofPatient(PatientId patient) {
                return List.of();
            }

            @Override
            public List<Panel> involving(UserId user, int offset, int limit) {
                return List.of();
            }

            @Override
            public List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit) {
                return List.of();
            }
        };
        assertThat(panels.get(stored.id())).isSameAs(stored);
        var missing = PanelId.random();
        assertThatThrownBy(() -> panels.get(missing)).isInstanceOf(PanelNotFound.class).hasMessageContaining(missing.toString());
        assertFailsWith(() -> panels.get(missing)).isEqualTo("panel.not-found");
    }
}
