package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.CONFIGURATION;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_ERN;
import static org.opencpms.domain.panel.Fixtures.SECOND_EXPERT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.RuleViolation;

class PanelSignOffTest {

    private static Panel withDraftOutcome() {
        Panel panel = Fixtures.inSignOff();
        panel.draftOutcome(LEAD, "Becker muscular dystrophy", "Test DMD", "Physiotherapy", T0);
        panel.pullEvents();
        return panel;
    }

    @Test
    void the_lead_drafts_the_outcome_in_sign_off() {
        Panel panel = Fixtures.inSignOff();

        panel.draftOutcome(LEAD, " Becker ", " Test DMD ", null, NOW);

        assertThat(panel.outcome()).contains(new Outcome("Becker", "Test DMD", "", LEAD.id(), NOW, List.of(), Optional.empty()));
        assertThat(panel.pullEvents()).containsExactly(new OutcomeDrafted(panel.id(), LEAD.id(), NOW));
    }

    @Test
    void only_the_lead_drafts_and_only_in_sign_off() {
        Panel panel = Fixtures.inSignOff();
        assertFailsWith(() -> panel.draftOutcome(EXPERT, "c", null, null, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.draftOutcome(ASSISTANT, "c", null, null, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.draftOutcome(LEAD, " ", "r", "t", NOW)).isEqualTo("conclusion.invalid");
        assertFailsWith(() -> Fixtures.inAssessment().draftOutcome(LEAD, "c", null, null, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.outcome()).isEmpty();
    }

    @Test
    void members_review_the_draft_and_a_new_review_replaces_their_previous_one() {
        Panel panel = withDraftOutcome();

        panel.reviewOutcome(EXPERT, Agreement.DISAGREE, "Consider LGMD", NOW);
        panel.reviewOutcome(EXPERT, Agreement.AGREE, null, LATER);

        assertThat(panel.outcome().get().reviews()).containsExactly(new OutcomeReview(EXPERT.id(), Agreement.AGREE, "", LATER));
        assertThat(panel.outcome().get().reviewBy(EXPERT.id())).contains(new OutcomeReview(EXPERT.id(), Agreement.AGREE, "", LATER));
        assertThat(panel.outcome().get().reviewBy(LEAD.id())).isEmpty();
        assertThat(panel.pullEvents()).containsExactly(new OutcomeReviewed(panel.id(), Agreement.DISAGREE, EXPERT.id(), NOW),
                new OutcomeReviewed(panel.id(), Agreement.AGREE, EXPERT.id(), LATER));
    }

    @Test
    void a_new_review_replaces_only_the_reviewers_own() {
        Panel panel = Fixtures.inAssessment(EXPERT, SECOND_EXPERT);
        panel.contribute(LEAD, "a", T0);
        panel.contribute(EXPERT, "b", T0);
        panel.startSignOff(LEAD, T0);
        panel.draftOutcome(LEAD, "Becker", null, null, T0);

        panel.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW);
        panel.reviewOutcome(SECOND_EXPERT, Agreement.DISAGREE, "LGMD?", NOW);
        panel.reviewOutcome(EXPERT, Agreement.DISAGREE, "On reflection, LGMD", LATER);

        assertThat(panel.outcome().get().reviews()).containsExactly(
                new OutcomeReview(SECOND_EXPERT.id(), Agreement.DISAGREE, "LGMD?", NOW),
                new OutcomeReview(EXPERT.id(), Agreement.DISAGREE, "On reflection, LGMD", LATER));
    }

    @Test
    void only_members_review_an_existing_draft_in_sign_off() {
        Panel panel = withDraftOutcome();
        assertFailsWith(() -> panel.reviewOutcome(LEAD, Agreement.AGREE, null, NOW)).isEqualTo("panel.not-member");
        assertFailsWith(() -> panel.reviewOutcome(SECOND_EXPERT, Agreement.AGREE, null, NOW)).isEqualTo("panel.not-member");
        assertFailsWith(() -> panel.reviewOutcome(EXPERT, null, null, NOW)).isEqualTo("outcome-review.invalid");
        Panel noDraft = Fixtures.inSignOff();
        assertThatThrownBy(() -> noDraft.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW)).isInstanceOf(RuleViolation.class);
        assertFailsWith(() -> noDraft.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW)).isEqualTo("panel.no-outcome-draft");
        Panel assessing = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> assessing.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void redrafting_clears_the_reviews() {
        Panel panel = withDraftOutcome();
        panel.reviewOutcome(EXPERT, Agreement.DISAGREE, "Consider LGMD", NOW);

        panel.draftOutcome(LEAD, "LGMD or Becker", "Test DMD and CAPN3", "Physiotherapy", LATER);

        assertThat(panel.outcome().get().reviews()).isEmpty();
        assertThat(panel.outcome().get().draftedAt()).isEqualTo(LATER);
    }

    @Test
    void the_lead_finalises_the_draft_once() {
        Panel panel = withDraftOutcome();
        panel.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW);
        panel.pullEvents();
        assertFailsWith(() -> panel.finaliseOutcome(EXPERT, NOW)).isEqualTo("panel.not-lead");

        panel.finaliseOutcome(LEAD, LATER);

        assertThat(panel.outcome()).get().satisfies(o -> {
            assertThat(o.isFinal()).isTrue();
            assertThat(o.finalisedAt()).contains(LATER);
            assertThat(o.reviews()).hasSize(1);
        });
        assertThat(panel.outcomeFinalisedAt()).contains(LATER);
        assertThat(panel.pullEvents()).containsExactly(new OutcomeFinalised(panel.id(), LEAD.id(), LATER));
    }

    @Test
    void a_final_outcome_is_neither_redrafted_reviewed_nor_finalised_again() {
        Panel panel = Fixtures.readyToClose();
        assertThatThrownBy(() -> panel.finaliseOutcome(LEAD, NOW)).isInstanceOf(Conflict.class);
        assertFailsWith(() -> panel.finaliseOutcome(LEAD, NOW)).isEqualTo("panel.outcome-already-final");
        assertFailsWith(() -> panel.draftOutcome(LEAD, "other", null, null, NOW)).isEqualTo("panel.outcome-already-final");
        assertFailsWith(() -> panel.reviewOutcome(EXPERT, Agreement.AGREE, null, NOW)).isEqualTo("panel.outcome-already-final");
    }

    @Test
    void an_outcome_is_finalised_only_once_drafted_and_in_sign_off() {
        assertFailsWith(() -> Fixtures.inSignOff().finaliseOutcome(LEAD, NOW)).isEqualTo("panel.no-outcome-draft");
        assertFailsWith(() -> Fixtures.inAssessment().finaliseOutcome(LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void the_lead_closes_a_panel_with_a_final_outcome_and_the_quorum() {
        Panel panel = Fixtures.readyToClose();

        panel.close(LEAD, CONFIGURATION, NOW);

        assertThat(panel.state()).isEqualTo(PanelState.CLOSED);
        assertThat(panel.history()).last().isEqualTo(new Transition(PanelState.SIGN_OFF, PanelState.CLOSED, LEAD.id(), NOW, ""));
        assertThat(panel.pullEvents()).containsExactly(
                new PanelStateChanged(panel.id(), PanelState.SIGN_OFF, PanelState.CLOSED, "", LEAD.id(), NOW));
    }

    @Test
    void a_panel_does_not_close_without_a_final_outcome() {
        Panel noDraft = Fixtures.inSignOff();
        assertFailsWith(() -> noDraft.close(LEAD, CONFIGURATION, NOW)).isEqualTo("panel.outcome-not-final");
        Panel drafted = withDraftOutcome();
        assertFailsWith(() -> drafted.close(LEAD, CONFIGURATION, NOW)).isEqualTo("panel.outcome-not-final");
        assertThat(drafted.state()).isEqualTo(PanelState.SIGN_OFF);
        assertThat(drafted.pullEvents()).isEmpty();
    }

    @Test
    void a_panel_does_not_close_below_the_lead_erns_quorum() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.contribute(LEAD, "Becker", T0);
        panel.startSignOff(LEAD, T0);
        panel.draftOutcome(LEAD, "Becker", null, null, T0);
        panel.finaliseOutcome(LEAD, T0);

        assertFailsWith(() -> panel.close(LEAD, CONFIGURATION, NOW)).isEqualTo("panel.quorum-not-reached");
        assertThatThrownBy(() -> panel.close(LEAD, CONFIGURATION, NOW)).hasMessageContaining("1 contributions").hasMessageContaining("2 are");

        panel.close(LEAD, new ErnConfiguration(ERN, CustomDataSet.empty(), 1), NOW);
        assertThat(panel.state()).isEqualTo(PanelState.CLOSED);
    }

    @Test
    void a_higher_quorum_needs_more_contributions() {
        Panel panel = Fixtures.readyToClose();
        assertFailsWith(() -> panel.close(LEAD, new ErnConfiguration(ERN, CustomDataSet.empty(), 3), NOW))
                .isEqualTo("panel.quorum-not-reached");
        assertFailsWith(() -> panel.close(LEAD, ErnConfiguration.defaultFor(OTHER_ERN), NOW)).isEqualTo("ern-configuration.invalid");
    }

    @Test
    void closing_is_checked_for_who_and_legality_before_the_outcome() {
        assertFailsWith(() -> Fixtures.inSignOff().close(EXPERT, CONFIGURATION, NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> Fixtures.inSignOff().close(COORDINATOR, CONFIGURATION, NOW)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> Fixtures.inAssessment().close(LEAD, CONFIGURATION, NOW)).isEqualTo("panel.illegal-transition");
    }

    @Test
    void the_lead_rates_usefulness_after_closing_and_may_rate_again() {
        Panel panel = Fixtures.closed();
        panel.rateUsefulness(LEAD, 3, NOW);
        panel.archive(LEAD, NOW);
        panel.rateUsefulness(LEAD, 5, LATER);

        assertThat(panel.usefulness()).contains(new Usefulness(5, LEAD.id(), LATER));
        assertThat(panel.pullEvents()).containsExactly(new UsefulnessRated(panel.id(), 3, LEAD.id(), NOW),
                new PanelStateChanged(panel.id(), PanelState.CLOSED, PanelState.ARCHIVED, "", LEAD.id(), NOW),
                new UsefulnessRated(panel.id(), 5, LEAD.id(), LATER));
    }

    @Test
    void usefulness_is_rated_from_one_to_five_by_the_lead_of_a_closed_panel() {
        Panel panel = Fixtures.closed();
        panel.rateUsefulness(LEAD, 1, NOW);
        assertThat(panel.usefulness()).get().extracting(Usefulness::rating).isEqualTo(1);
        assertFailsWith(() -> panel.rateUsefulness(LEAD, 0, NOW)).isEqualTo("usefulness.invalid");
        assertFailsWith(() -> panel.rateUsefulness(LEAD, 6, NOW)).isEqualTo("usefulness.invalid");
        assertFailsWith(() -> panel.rateUsefulness(EXPERT, 4, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> Fixtures.readyToClose().rateUsefulness(LEAD, 4, NOW)).isEqualTo("panel.not-allowed-in-state");
        Panel aborted = Fixtures.inSelection();
        aborted.abort(LEAD, "gone", NOW);
        assertFailsWith(() -> aborted.rateUsefulness(LEAD, 4, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.usefulness()).get().extracting(Usefulness::rating).isEqualTo(1);
    }
}
