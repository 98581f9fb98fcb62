package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.SECOND_EXPERT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.NotFound;

class PanelTimelineTest {

    private static final Attachment CK_REPORT = Attachment.document("doc-ck", "CK report", "application/pdf");
    private static final Attachment MRI = Attachment.imagingStudy("2.25.1234", "Thigh MRI");

    @Test
    void the_lead_and_members_comment_in_the_timeline() {
        Panel panel = Fixtures.inSelection(EXPERT);
        panel.comment(LEAD, "Welcome", NOW);
        panel.comment(EXPERT, " Thanks ", LATER);
        assertThat(panel.comments()).containsExactly(new TimelineComment(LEAD.id(), "Welcome", NOW),
                new TimelineComment(EXPERT.id(), "Thanks", LATER));
        assertThat(panel.pullEvents()).containsExactly(new CommentPosted(panel.id(), LEAD.id(), NOW),
                new CommentPosted(panel.id(), EXPERT.id(), LATER));
    }

    @Test
    void only_participants_comment_from_panel_selection_to_sign_off() {
        Panel panel = Fixtures.inSelection(EXPERT);
        panel.invite(SECOND_EXPERT, LEAD, NOW);
        for (var outsider : List.of(SECOND_EXPERT, COORDINATOR, PANEL_MANAGER, ASSISTANT)) {
            assertFailsWith(() -> panel.comment(outsider, "hello", NOW)).isEqualTo("panel.not-participant");
        }
        assertFailsWith(() -> panel.comment(EXPERT, " ", NOW)).isEqualTo("comment.invalid");
        assertFailsWith(() -> Fixtures.draft().comment(LEAD, "hello", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.closed().comment(LEAD, "hello", NOW)).isEqualTo("panel.not-allowed-in-state");
        Panel signingOff = Fixtures.inSignOff();
        signingOff.comment(EXPERT, "Fine", NOW);
        assertThat(signingOff.comments()).hasSize(1);
        assertThat(panel.comments()).isEmpty();
    }

    @Test
    void a_member_requests_additional_data() {
        Panel panel = Fixtures.inAssessment(EXPERT);

        DataRequestId request = panel.requestData(EXPERT, " CK levels please ", NOW);

        assertThat(panel.dataRequests()).containsExactly(new DataRequest(request, EXPERT.id(), "CK levels please", NOW, Optional.empty()));
        assertThat(panel.pullEvents()).containsExactly(new DataRequested(panel.id(), request, EXPERT.id(), NOW));
    }

    @Test
    void only_members_request_data_from_panel_selection_to_sign_off() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.requestData(LEAD, "x", NOW)).isEqualTo("panel.not-member");
        assertFailsWith(() -> panel.requestData(SECOND_EXPERT, "x", NOW)).isEqualTo("panel.not-member");
        assertFailsWith(() -> panel.requestData(EXPERT, "", NOW)).isEqualTo("data-request.invalid");
        Panel closed = Fixtures.closed();
        assertFailsWith(() -> closed.requestData(EXPERT, "x", NOW)).isEqualTo("panel.not-allowed-in-state");
        Panel selecting = Fixtures.inSelection(EXPERT);
        selecting.requestData(EXPERT, "x", NOW);
        Panel signingOff = Fixtures.inSignOff();
        signingOff.requestData(EXPERT, "x", NOW);
        assertThat(selecting.dataRequests()).hasSize(1);
        assertThat(signingOff.dataRequests()).hasSize(1);
        assertThat(panel.dataRequests()).isEmpty();
    }

    @Test
    void the_lead_answers_a_data_request_once_adding_attachments() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        DataRequestId request = panel.requestData(EXPERT, "CK levels?", T0);
        panel.pullEvents();

        panel.answerDataRequest(request, LEAD, " CK 4200 U/l ", List.of(CK_REPORT, MRI), NOW);

        assertThat(panel.dataRequests()).singleElement().satisfies(r -> {
            assertThat(r.isAnswered()).isTrue();
            assertThat(r.answer()).contains(new DataAnswer(LEAD.id(), "CK 4200 U/l", List.of(CK_REPORT, MRI), NOW));
        });
        assertThat(panel.attachments()).containsExactly(Fixtures.completeForm().attachments().get(0), CK_REPORT, MRI);
        assertThat(panel.pullEvents()).containsExactly(new DataRequestAnswered(panel.id(), request, EXPERT.id(), 2, LEAD.id(), NOW));

        assertThatThrownBy(() -> panel.answerDataRequest(request, LEAD, "again", List.of(), NOW)).isInstanceOf(Conflict.class);
        assertFailsWith(() -> panel.answerDataRequest(request, LEAD, "again", List.of(), NOW))
                .isEqualTo("panel.data-request-already-answered");
    }

    @Test
    void each_data_request_is_answered_on_its_own() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        DataRequestId first = panel.requestData(EXPERT, "CK levels?", T0);
        DataRequestId second = panel.requestData(EXPERT, "MRI?", T0);

        panel.answerDataRequest(second, LEAD, "Attached", List.of(MRI), NOW);

        assertThat(panel.dataRequests()).extracting(DataRequest::id, DataRequest::isAnswered)
                .containsExactly(tuple(first, false), tuple(second, true));
        panel.answerDataRequest(first, LEAD, "4200", List.of(), NOW);
        assertThat(panel.dataRequests()).allMatch(DataRequest::isAnswered);
    }

    @Test
    void the_leads_assistant_may_answer_but_no_one_else() {
        Panel panel = Fixtures.inAssessment(EXPERT, SECOND_EXPERT);
        DataRequestId request = panel.requestData(EXPERT, "CK levels?", T0);
        assertFailsWith(() -> panel.answerDataRequest(request, EXPERT, "x", null, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> panel.answerDataRequest(request, SECOND_EXPERT, "x", null, NOW)).isEqualTo("panel.not-lead");
        panel.answerDataRequest(request, ASSISTANT, "Attached", null, NOW);
        assertThat(panel.dataRequests().get(0).answer()).get().extracting(DataAnswer::answeredBy).isEqualTo(ASSISTANT.id());
        assertThat(panel.attachments()).hasSize(1);
    }

    @Test
    void an_unknown_data_request_is_not_found() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.requestData(EXPERT, "CK levels?", T0);
        assertThatThrownBy(() -> panel.answerDataRequest(DataRequestId.random(), LEAD, "x", List.of(), NOW)).isInstanceOf(NotFound.class);
        assertFailsWith(() -> panel.answerDataRequest(DataRequestId.random(), LEAD, "x", List.of(), NOW))
                .isEqualTo("panel.data-request-not-found");
    }

    @Test
    void data_requests_are_answered_from_panel_selection_to_sign_off() {
        Panel panel = Fixtures.inSignOff();
        DataRequestId request = panel.requestData(EXPERT, "CK levels?", T0);
        panel.draftOutcome(LEAD, "c", null, null, T0);
        panel.finaliseOutcome(LEAD, T0);
        panel.close(LEAD, Fixtures.CONFIGURATION, T0);
        assertFailsWith(() -> panel.answerDataRequest(request, LEAD, "late", List.of(), NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> panel.answerDataRequest(request, EXPERT, "late", List.of(), NOW)).isEqualTo("panel.not-lead");
    }

    @Test
    void each_participant_records_one_contribution_in_assessment() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.contribute(LEAD, "Becker likely", T0);
        panel.contribute(EXPERT, "Test DMD", NOW);

        assertThat(panel.contributions()).containsExactly(
                new Contribution(LEAD.id(), "Becker likely", T0, T0, List.of()),
                new Contribution(EXPERT.id(), "Test DMD", NOW, NOW, List.of()));
        assertThat(panel.pullEvents()).containsExactly(new ContributionRecorded(panel.id(), false, LEAD.id(), T0),
                new ContributionRecorded(panel.id(), false, EXPERT.id(), NOW));
    }

    @Test
    void recording_again_replaces_the_text_and_keeps_when_it_was_first_recorded_and_its_comments() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.contribute(LEAD, "Becker likely", T0);
        panel.commentOnContribution(LEAD.id(), EXPERT, "Agree", T0);
        panel.pullEvents();

        panel.contribute(LEAD, "Becker confirmed", LATER);

        assertThat(panel.contributions()).containsExactly(new Contribution(LEAD.id(), "Becker confirmed", T0, LATER,
                List.of(new ContributionComment(EXPERT.id(), "Agree", T0))));
        assertThat(panel.pullEvents()).containsExactly(new ContributionRecorded(panel.id(), true, LEAD.id(), LATER));
    }

    @Test
    void only_participants_contribute_and_only_in_assessment() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.contribute(SECOND_EXPERT, "x", NOW)).isEqualTo("panel.not-participant");
        assertFailsWith(() -> panel.contribute(COORDINATOR, "x", NOW)).isEqualTo("panel.not-participant");
        assertFailsWith(() -> panel.contribute(EXPERT, " ", NOW)).isEqualTo("contribution.invalid");
        assertFailsWith(() -> Fixtures.inSelection(EXPERT).contribute(EXPERT, "x", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.inSignOff().contribute(EXPERT, "x", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertThat(panel.contributions()).isEmpty();
    }

    @Test
    void participants_comment_on_each_others_contributions() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.contribute(EXPERT, "Test DMD", T0);
        panel.pullEvents();

        panel.commentOnContribution(EXPERT.id(), LEAD, " Good point ", NOW);

        assertThat(panel.contributions()).hasSize(1);
        assertThat(panel.contributions().get(0).comments()).containsExactly(new ContributionComment(LEAD.id(), "Good point", NOW));
        assertThat(panel.pullEvents()).containsExactly(new ContributionCommented(panel.id(), EXPERT.id(), LEAD.id(), NOW));
    }

    @Test
    void no_one_comments_on_their_own_or_a_missing_contribution() {
        Panel panel = Fixtures.inAssessment(EXPERT, SECOND_EXPERT);
        panel.contribute(EXPERT, "Test DMD", T0);
        assertFailsWith(() -> panel.commentOnContribution(EXPERT.id(), EXPERT, "me", NOW)).isEqualTo("panel.own-contribution");
        assertFailsWith(() -> panel.commentOnContribution(EXPERT.id(), EXPERT, "me", NOW)).isNotEqualTo("panel.not-participant");
        assertFailsWith(() -> panel.commentOnContribution(SECOND_EXPERT.id(), EXPERT, "x", NOW)).isEqualTo("panel.contribution-not-found");
        assertFailsWith(() -> panel.commentOnContribution(EXPERT.id(), COORDINATOR, "x", NOW)).isEqualTo("panel.not-participant");
        assertFailsWith(() -> panel.commentOnContribution(EXPERT.id(), SECOND_EXPERT, "", NOW)).isEqualTo("contribution-comment.invalid");
    }

    @Test
    void contributions_are_commented_in_assessment_and_sign_off() {
        Panel signingOff = Fixtures.inSignOff();
        signingOff.commentOnContribution(LEAD.id(), EXPERT, "Agreed", NOW);
        assertThat(signingOff.contributions().get(0).comments()).hasSize(1);
        Panel selecting = Fixtures.inSelection(EXPERT);
        assertFailsWith(() -> selecting.commentOnContribution(LEAD.id(), EXPERT, "x", NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.closed().commentOnContribution(LEAD.id(), EXPERT, "x", NOW)).isEqualTo("panel.not-allowed-in-state");
    }
}
