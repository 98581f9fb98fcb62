package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.CARE_ONLY;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUE;
import static org.opencpms.domain.panel.Fixtures.CONFIGURATION;
import static org.opencpms.domain.panel.Fixtures.CONSENTING;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.OTHER_ERN;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.PATIENT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;
import static org.opencpms.domain.panel.PanelState.ABORTED;
import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.ASSESSMENT;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DELETED;
import static org.opencpms.domain.panel.PanelState.DRAFT;
import static org.opencpms.domain.panel.PanelState.PANEL_SELECTION;
import static org.opencpms.domain.panel.PanelState.SIGN_OFF;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.dataset.CustomDataIncomplete;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.dataset.FieldDefinition;
import org.opencpms.domain.dataset.FieldType;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.RuleViolation;

class PanelLifecycleTest {

    private static final ErnConfiguration WITH_MANDATORY_FIELD = new ErnConfiguration(ERN,
            new CustomDataSet(List.of(new FieldDefinition("ck-level", "CK level", FieldType.NUMBER, null, true))), 2);

    private static Panel draftWith(ConsultationForm form) {
        Panel panel = Panel.draft(PanelId.random(), PATIENT, Fixtures.CENTRE, ERN, LEAD, form, CONSENTING, T0);
        panel.pullEvents();
        return panel;
    }

    private static ConsultationForm withCustomData(Map<String, String> values) {
        var f = Fixtures.completeForm();
        return new ConsultationForm(f.reasonForRequest(), f.clinicalQuestion(), f.urgent(), f.sections(), f.diagnoses(),
                f.phenotypes(), values, f.attachments(), f.pedigree());
    }

    @Test
    void the_lead_submits_a_complete_draft_for_panel_selection() {
        Panel panel = Fixtures.draft();

        panel.submit(LEAD, CONSENTING, CONFIGURATION, NOW);

        assertThat(panel.state()).isEqualTo(PANEL_SELECTION);
        assertThat(panel.history()).containsExactly(new Transition(DRAFT, PANEL_SELECTION, LEAD.id(), NOW, ""));
        assertThat(panel.openedAt()).contains(NOW);
        assertThat(panel.pullEvents()).containsExactly(new PanelStateChanged(panel.id(), DRAFT, PANEL_SELECTION, "", LEAD.id(), NOW));
    }

    @Test
    void only_the_lead_submits() {
        Panel panel = Fixtures.draft();
        for (var other : List.of(COLLEAGUE, ASSISTANT, COORDINATOR, DISPATCHER)) {
            assertThatThrownBy(() -> panel.submit(other, CONSENTING, CONFIGURATION, NOW)).isInstanceOf(Forbidden.class);
            assertFailsWith(() -> panel.submit(other, CONSENTING, CONFIGURATION, NOW)).isEqualTo("panel.forbidden");
        }
        assertThat(panel.state()).isEqualTo(DRAFT);
    }

    @Test
    void a_withdrawn_sharing_consent_blocks_leaving_the_draft() {
        Panel panel = Fixtures.draft();
        assertThatThrownBy(() -> panel.submit(LEAD, CARE_ONLY, CONFIGURATION, NOW)).isInstanceOf(RuleViolation.class);
        assertFailsWith(() -> panel.submit(LEAD, CARE_ONLY, CONFIGURATION, NOW)).isEqualTo("panel.sharing-consent-required");
        assertThat(panel.state()).isEqualTo(DRAFT);
        assertThat(panel.history()).isEmpty();
        assertThat(panel.pullEvents()).isEmpty();
    }

    @Test
    void a_draft_without_a_reason_or_a_question_cannot_be_submitted() {
        Panel noReason = draftWith(Fixtures.form(" ", "Which one?"));
        assertFailsWith(() -> noReason.submit(LEAD, CONSENTING, CONFIGURATION, NOW)).isEqualTo("panel.consultation-form-incomplete");
        assertThatThrownBy(() -> noReason.submit(LEAD, CONSENTING, CONFIGURATION, NOW))
                .hasMessageContaining("reason-for-request").hasMessageNotContaining("clinical-question");

        Panel noQuestion = draftWith(Fixtures.form("Unclear", null));
        assertThatThrownBy(() -> noQuestion.submit(LEAD, CONSENTING, CONFIGURATION, NOW))
                .hasMessageContaining("clinical-question").hasMessageNotContaining("reason-for-request");
        assertThat(noQuestion.state()).isEqualTo(DRAFT);
    }

    @Test
    void the_lead_erns_mandatory_custom_fields_must_be_complete_to_submit() {
        Panel missing = draftWith(withCustomData(Map.of()));
        assertThatThrownBy(() -> missing.submit(LEAD, CONSENTING, WITH_MANDATORY_FIELD, NOW))
                .isInstanceOfSatisfying(CustomDataIncomplete.class, e -> assertThat(e.fieldKeys()).containsExactly("ck-level"));
        assertFailsWith(() -> missing.submit(LEAD, CONSENTING, WITH_MANDATORY_FIELD, NOW)).isEqualTo("panel.custom-data-incomplete");

        Panel malformed = draftWith(withCustomData(Map.of("ck-level", "high")));
        assertFailsWith(() -> malformed.submit(LEAD, CONSENTING, WITH_MANDATORY_FIELD, NOW)).isEqualTo("panel.custom-data-incomplete");

        Panel complete = draftWith(withCustomData(Map.of("ck-level", "4200")));
        complete.submit(LEAD, CONSENTING, WITH_MANDATORY_FIELD, NOW);
        assertThat(complete.state()).isEqualTo(PANEL_SELECTION);
    }

    @Test
    void the_configuration_must_be_the_lead_erns() {
        Panel panel = Fixtures.draft();
        assertFailsWith(() -> panel.submit(LEAD, CONSENTING, ErnConfiguration.defaultFor(OTHER_ERN), NOW))
                .isEqualTo("ern-configuration.invalid");
        assertFailsWith(() -> panel.submit(LEAD, CONSENTING, null, NOW)).isEqualTo("ern-configuration.invalid");
    }

    @Test
    void a_panel_leaves_the_draft_only_once() {
        Panel panel = Fixtures.inSelection();
        assertThatThrownBy(() -> panel.submit(LEAD, CONSENTING, CONFIGURATION, NOW)).isInstanceOf(RuleViolation.class);
        assertFailsWith(() -> panel.submit(LEAD, CONSENTING, CONFIGURATION, NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void the_lead_coordinator_or_dispatcher_starts_the_assessment() {
        for (var actor : List.of(LEAD, COORDINATOR, DISPATCHER)) {
            Panel panel = Fixtures.inSelection();
            panel.startAssessment(actor, NOW);
            assertThat(panel.state()).isEqualTo(ASSESSMENT);
            assertThat(panel.history()).last().isEqualTo(new Transition(PANEL_SELECTION, ASSESSMENT, actor.id(), NOW, ""));
            assertThat(panel.pullEvents()).containsExactly(
                    new PanelStateChanged(panel.id(), PANEL_SELECTION, ASSESSMENT, "", actor.id(), NOW));
        }
    }

    @Test
    void members_panel_managers_and_other_erns_do_not_start_the_assessment() {
        Panel panel = Fixtures.inSelection(EXPERT);
        for (var actor : List.of(EXPERT, PANEL_MANAGER, OTHER_COORDINATOR)) {
            assertFailsWith(() -> panel.startAssessment(actor, NOW)).isEqualTo("panel.forbidden");
        }
        assertFailsWith(() -> Fixtures.draft().startAssessment(LEAD, NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void the_lead_moves_the_assessment_to_sign_off() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.startSignOff(COORDINATOR, NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> panel.startSignOff(EXPERT, NOW)).isEqualTo("panel.forbidden");
        panel.startSignOff(LEAD, NOW);
        assertThat(panel.state()).isEqualTo(SIGN_OFF);
        assertThat(panel.pullEvents()).containsExactly(new PanelStateChanged(panel.id(), ASSESSMENT, SIGN_OFF, "", LEAD.id(), NOW));
        assertFailsWith(() -> Fixtures.inSelection().startSignOff(LEAD, NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void stepping_back_to_panel_selection_needs_a_reason_which_is_recorded() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.returnToPanelSelection(LEAD, " ", NOW)).isEqualTo("reason.invalid");
        assertFailsWith(() -> panel.returnToPanelSelection(COORDINATOR, "more experts", NOW)).isEqualTo("panel.forbidden");

        panel.returnToPanelSelection(LEAD, " need a geneticist ", NOW);

        assertThat(panel.state()).isEqualTo(PANEL_SELECTION);
        assertThat(panel.history()).last().isEqualTo(new Transition(ASSESSMENT, PANEL_SELECTION, LEAD.id(), NOW, "need a geneticist"));
        assertThat(panel.pullEvents()).containsExactly(
                new PanelStateChanged(panel.id(), ASSESSMENT, PANEL_SELECTION, "need a geneticist", LEAD.id(), NOW));
        assertThat(panel.openedAt()).contains(T0);
        assertFailsWith(() -> panel.returnToPanelSelection(LEAD, "again", NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void stepping_back_from_sign_off_reopens_a_final_outcome() {
        Panel panel = Fixtures.readyToClose();
        assertFailsWith(() -> panel.returnToAssessment(LEAD, null, NOW)).isEqualTo("reason.invalid");

        panel.returnToAssessment(LEAD, "new biopsy result", NOW);

        assertThat(panel.state()).isEqualTo(ASSESSMENT);
        assertThat(panel.outcome()).get().satisfies(o -> assertThat(o.isFinal()).isFalse());
        assertThat(panel.outcome().get().conclusion()).isEqualTo("Becker muscular dystrophy");
        assertThat(panel.outcomeFinalisedAt()).isEmpty();
        assertThat(panel.pullEvents()).containsExactly(
                new PanelStateChanged(panel.id(), SIGN_OFF, ASSESSMENT, "new biopsy result", LEAD.id(), NOW));
        assertFailsWith(() -> Fixtures.inAssessment().returnToAssessment(LEAD, "x", NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void a_panel_is_aborted_from_every_state_before_closing_with_a_reason() {
        List<Supplier<Panel>> beforeClosing = List.of(Fixtures::draft, Fixtures::inSelection, Fixtures::inAssessment,
                Fixtures::inSignOff);
        for (var panelInState : beforeClosing) {
            Panel panel = panelInState.get();
            PanelState from = panel.state();
            panel.abort(LEAD, "patient transferred", NOW);
            assertThat(panel.state()).isEqualTo(ABORTED);
            assertThat(panel.history()).last().isEqualTo(new Transition(from, ABORTED, LEAD.id(), NOW, "patient transferred"));
            assertThat(panel.pullEvents()).containsExactly(
                    new PanelStateChanged(panel.id(), from, ABORTED, "patient transferred", LEAD.id(), NOW));
        }
    }

    @Test
    void a_coordinator_of_the_lead_ern_may_abort_but_not_a_dispatcher_or_member() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.abort(DISPATCHER, "why", NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> panel.abort(EXPERT, "why", NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> panel.abort(OTHER_COORDINATOR, "why", NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> panel.abort(COORDINATOR, "", NOW)).isEqualTo("reason.invalid");
        panel.abort(COORDINATOR, "duplicate of another panel", NOW);
        assertThat(panel.state()).isEqualTo(ABORTED);
    }

    @Test
    void a_closed_panel_cannot_be_aborted_and_nothing_follows_an_abort() {
        assertFailsWith(() -> Fixtures.closed().abort(LEAD, "too late", NOW)).isEqualTo("panel.illegal-transition");
        Panel aborted = Fixtures.inSelection();
        aborted.abort(LEAD, "gone", NOW);
        assertFailsWith(() -> aborted.startAssessment(LEAD, NOW)).isEqualTo("panel.illegal-transition");
        assertFailsWith(() -> aborted.abort(LEAD, "again", NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void only_a_draft_is_deleted_by_its_lead() {
        Panel draft = Fixtures.draft();
        assertFailsWith(() -> draft.delete(COORDINATOR, NOW)).isEqualTo("panel.forbidden");
        draft.delete(LEAD, NOW);
        assertThat(draft.state()).isEqualTo(DELETED);
        assertThat(draft.history()).containsExactly(new Transition(DRAFT, DELETED, LEAD.id(), NOW, ""));
        assertThat(draft.pullEvents()).containsExactly(new PanelStateChanged(draft.id(), DRAFT, DELETED, "", LEAD.id(), NOW));
        assertFailsWith(() -> draft.submit(LEAD, CONSENTING, CONFIGURATION, NOW)).isEqualTo("panel.illegal-transition");
        assertFailsWith(() -> Fixtures.inSelection().delete(LEAD, NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void a_draft_thrown_away_or_aborted_was_never_opened() {
        Panel deleted = Fixtures.draft();
        deleted.delete(LEAD, NOW);
        Panel aborted = Fixtures.draft();
        aborted.abort(LEAD, "wrong patient", NOW);
        assertThat(deleted.openedAt()).isEmpty();
        assertThat(aborted.openedAt()).isEmpty();
        assertThat(aborted.timeToOutcome()).isEmpty();
    }

    @Test
    void the_lead_or_a_coordinator_archives_a_closed_panel() {
        for (var actor : List.of(LEAD, COORDINATOR)) {
            Panel panel = Fixtures.closed();
            panel.archive(actor, LATER);
            assertThat(panel.state()).isEqualTo(ARCHIVED);
            assertThat(panel.pullEvents()).containsExactly(new PanelStateChanged(panel.id(), CLOSED, ARCHIVED, "", actor.id(), LATER));
            assertFailsWith(() -> panel.archive(LEAD, LATER)).isEqualTo("panel.illegal-transition");
        }
        assertFailsWith(() -> Fixtures.closed().archive(DISPATCHER, LATER)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> Fixtures.readyToClose().archive(LEAD, LATER)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void the_history_records_every_transition_in_order() {
        Panel panel = Fixtures.closed();
        panel.archive(LEAD, LATER);
        assertThat(panel.history()).extracting(Transition::from, Transition::to).containsExactly(
                tuple(DRAFT, PANEL_SELECTION),
                tuple(PANEL_SELECTION, ASSESSMENT),
                tuple(ASSESSMENT, SIGN_OFF),
                tuple(SIGN_OFF, CLOSED),
                tuple(CLOSED, ARCHIVED));
        assertThat(panel.history()).last().extracting(Transition::at).isEqualTo(LATER);
    }

    @Test
    void time_to_outcome_runs_from_leaving_the_draft_to_the_final_outcome() {
        Panel panel = Fixtures.draft();
        panel.submit(LEAD, CONSENTING, CONFIGURATION, NOW);
        panel.invite(EXPERT, LEAD, NOW);
        panel.accept(EXPERT, NOW);
        panel.startAssessment(LEAD, NOW);
        panel.contribute(LEAD, "a", NOW);
        panel.contribute(EXPERT, "b", NOW);
        panel.startSignOff(LEAD, NOW);
        panel.draftOutcome(LEAD, "conclusion", null, null, NOW);
        assertThat(panel.timeToOutcome()).isEmpty();
        panel.finaliseOutcome(LEAD, NOW.plus(Duration.ofHours(30)));

        assertThat(panel.openedAt()).contains(NOW);
        assertThat(panel.outcomeFinalisedAt()).contains(NOW.plus(Duration.ofHours(30)));
        assertThat(panel.timeToOutcome()).contains(Duration.ofHours(30));
        assertThat(Fixtures.draft().timeToOutcome()).isEmpty();
    }
}
