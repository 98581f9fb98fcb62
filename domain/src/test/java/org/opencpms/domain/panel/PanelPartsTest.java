package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;

class PanelPartsTest {

    private static final VideoLink LINK = VideoLink.of(Fixtures.VIDEO_LINK);

    @Test
    void a_transition_is_legal_and_its_reason_is_optional() {
        assertThat(new Transition(PanelState.DRAFT, PanelState.PANEL_SELECTION, LEAD.id(), NOW, null).reason()).isEmpty();
        assertThat(new Transition(PanelState.DRAFT, PanelState.ABORTED, LEAD.id(), NOW, " gone ").reason()).isEqualTo("gone");
        assertFailsWith(() -> new Transition(PanelState.DRAFT, PanelState.CLOSED, LEAD.id(), NOW, null)).isEqualTo("transition.invalid");
        assertFailsWith(() -> new Transition(null, PanelState.CLOSED, LEAD.id(), NOW, null)).isEqualTo("transition.invalid");
        assertFailsWith(() -> new Transition(PanelState.DRAFT, null, LEAD.id(), NOW, null)).isEqualTo("transition.invalid");
        assertFailsWith(() -> new Transition(PanelState.DRAFT, PanelState.DELETED, null, NOW, null)).isEqualTo("transition.invalid");
        assertFailsWith(() -> new Transition(PanelState.DRAFT, PanelState.DELETED, LEAD.id(), null, null)).isEqualTo("transition.invalid");
    }

    @Test
    void an_invitation_has_an_answer_time_exactly_when_answered() {
        var pending = Invitation.pending(EXPERT.id(), InvitationKind.SAME_ERN, LEAD.id(), T0);
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.isAccepted()).isFalse();
        var accepted = pending.answered(InvitationStatus.ACCEPTED, NOW);
        assertThat(accepted.isPending()).isFalse();
        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.answeredAt()).contains(NOW);
        assertThat(new Invitation(EXPERT.id(), InvitationKind.GUEST, LEAD.id(), T0, InvitationStatus.PENDING, null).answeredAt()).isEmpty();
        assertFailsWith(() -> new Invitation(EXPERT.id(), InvitationKind.GUEST, LEAD.id(), T0, InvitationStatus.PENDING, Optional.of(NOW)))
                .isEqualTo("invitation.invalid");
        assertFailsWith(() -> new Invitation(EXPERT.id(), InvitationKind.GUEST, LEAD.id(), T0, InvitationStatus.DECLINED, Optional.empty()))
                .isEqualTo("invitation.invalid");
        assertFailsWith(() -> new Invitation(EXPERT.id(), null, LEAD.id(), T0, InvitationStatus.PENDING, null)).isEqualTo("invitation.invalid");
        assertFailsWith(() -> pending.answered(InvitationStatus.ACCEPTED, null)).isEqualTo("invitation.invalid");
        assertFailsWith(() -> new Invitation(EXPERT.id(), InvitationKind.GUEST, LEAD.id(), T0, null, null)).isEqualTo("invitation.invalid");
    }

    @Test
    void a_contribution_is_updated_no_earlier_than_recorded() {
        assertThat(new Contribution(LEAD.id(), "t", T0, T0, null).comments()).isEmpty();
        assertThat(new Contribution(LEAD.id(), "t", T0, NOW, null).updatedAt()).isEqualTo(NOW);
        assertFailsWith(() -> new Contribution(LEAD.id(), "t", NOW, T0, null)).isEqualTo("contribution.invalid");
        assertFailsWith(() -> new Contribution(LEAD.id(), "t", null, T0, null)).isEqualTo("contribution.invalid");
        assertFailsWith(() -> new Contribution(null, "t", T0, T0, null)).isEqualTo("contribution.invalid");
    }

    @Test
    void an_outcome_has_a_conclusion_and_one_review_per_reviewer() {
        var review = new OutcomeReview(EXPERT.id(), Agreement.AGREE, null, NOW);
        var outcome = new Outcome(" c ", null, " ", LEAD.id(), T0, null, null);
        assertThat(outcome.conclusion()).isEqualTo("c");
        assertThat(outcome.recommendations()).isEmpty();
        assertThat(outcome.treatmentPlan()).isEmpty();
        assertThat(outcome.reviews()).isEmpty();
        assertThat(outcome.finalisedAt()).isEmpty();
        assertThat(outcome.isFinal()).isFalse();
        assertFailsWith(() -> new Outcome("c", null, null, LEAD.id(), T0, List.of(review, review), null)).isEqualTo("outcome.invalid");
        assertFailsWith(() -> new Outcome(null, null, null, LEAD.id(), T0, null, null)).isEqualTo("conclusion.invalid");
        String longest = "x".repeat(PanelLimits.TEXT);
        assertThat(new Outcome(longest, longest, longest, LEAD.id(), T0, null, null).treatmentPlan()).hasSize(50_000);
        assertFailsWith(() -> new Outcome("c", longest + "x", null, LEAD.id(), T0, null, null)).isEqualTo("recommendations.invalid");
        assertFailsWith(() -> new Outcome("c", null, longest + "x", LEAD.id(), T0, null, null)).isEqualTo("treatment-plan.invalid");
    }

    @Test
    void a_final_outcome_reopens_with_its_reviews() {
        var review = new OutcomeReview(EXPERT.id(), Agreement.DISAGREE, " no ", NOW);
        var outcome = Outcome.draft("c", "r", "t", LEAD.id(), T0).reviewed(review).finalised(LATER);
        assertThat(outcome.isFinal()).isTrue();
        var reopened = outcome.reopened();
        assertThat(reopened.isFinal()).isFalse();
        assertThat(reopened.reviews()).containsExactly(new OutcomeReview(EXPERT.id(), Agreement.DISAGREE, "no", NOW));
        assertFailsWith(() -> reopened.finalised(null)).isEqualTo("outcome.invalid");
    }

    @Test
    void a_meeting_is_built_from_valid_parts() {
        var meeting = new Meeting(MeetingId.random(), LEAD.id(), LATER, Duration.ofHours(1), Set.of(LEAD.id()), LINK,
                MeetingStatus.SCHEDULED, null);
        assertThat(meeting.recording()).isEmpty();
        assertThat(meeting.isCancelled()).isFalse();
        assertThat(meeting.end()).isEqualTo(LATER.plus(Duration.ofHours(1)));
        assertFailsWith(() -> new Meeting(MeetingId.random(), LEAD.id(), LATER, Duration.ofHours(1), Set.of(LEAD.id()), LINK,
                MeetingStatus.SCHEDULED, Optional.of(" "))).isEqualTo("recording.invalid");
        assertFailsWith(() -> new Meeting(MeetingId.random(), LEAD.id(), LATER, Duration.ofHours(1), Set.of(LEAD.id()), null,
                MeetingStatus.SCHEDULED, null)).isEqualTo("meeting.invalid");
        assertFailsWith(() -> new Meeting(MeetingId.random(), LEAD.id(), LATER, Duration.ofHours(1), Set.of(LEAD.id()), LINK,
                null, null)).isEqualTo("meeting.invalid");
        assertFailsWith(() -> new Meeting(null, LEAD.id(), LATER, Duration.ofHours(1), Set.of(LEAD.id()), LINK,
                MeetingStatus.SCHEDULED, null)).isEqualTo("meeting.invalid");
    }

    @Test
    void a_video_link_is_https_with_a_host() {
        assertThat(new VideoLink(URI.create("https://meet.example.org")).toString()).isEqualTo("https://meet.example.org");
        assertFailsWith(() -> new VideoLink(null)).isEqualTo("video-link.invalid");
        assertFailsWith(() -> new VideoLink(URI.create("ftp://meet.example.org"))).isEqualTo("video-link.invalid");
        assertFailsWith(() -> VideoLink.of("https://" + "a".repeat(PanelLimits.SHORT_TEXT))).isEqualTo("video-link.invalid");
    }

    @Test
    void item_ids_parse_uuids_and_refuse_anything_else() {
        var uuid = UUID.randomUUID();
        assertThat(DataRequestId.of(uuid.toString())).isEqualTo(new DataRequestId(uuid));
        assertThat(MeetingId.of(uuid.toString())).isEqualTo(new MeetingId(uuid));
        assertThat(DataRequestId.of(uuid.toString()).toString()).isEqualTo(uuid.toString());
        assertThat(MeetingId.of(uuid.toString()).toString()).isEqualTo(uuid.toString());
        assertThat(DataRequestId.random()).isNotEqualTo(DataRequestId.random());
        assertThat(MeetingId.random()).isNotEqualTo(MeetingId.random());
        assertFailsWith(() -> DataRequestId.of("nope")).isEqualTo("data-request-id.invalid");
        assertFailsWith(() -> DataRequestId.of(null)).isEqualTo("data-request-id.invalid");
        assertFailsWith(() -> MeetingId.of("nope")).isEqualTo("meeting-id.invalid");
        assertFailsWith(() -> new MeetingId(null)).isEqualTo("meeting-id.invalid");
    }

    @Test
    void timeline_parts_are_non_blank_and_complete() {
        assertFailsWith(() -> new TimelineComment(null, "t", NOW)).isEqualTo("comment.invalid");
        assertFailsWith(() -> new TimelineComment(LEAD.id(), "t", null)).isEqualTo("comment.invalid");
        assertFailsWith(() -> new DataRequest(null, LEAD.id(), "t", NOW, null)).isEqualTo("data-request.invalid");
        assertThat(new DataRequest(DataRequestId.random(), LEAD.id(), "t", NOW, null).isAnswered()).isFalse();
        assertFailsWith(() -> new DataAnswer(LEAD.id(), " ", List.of(), NOW)).isEqualTo("data-answer.invalid");
        assertThat(new DataAnswer(LEAD.id(), "t", null, NOW).attachments()).isEmpty();
        assertFailsWith(() -> new ContributionComment(LEAD.id(), "t", null)).isEqualTo("contribution-comment.invalid");
        assertFailsWith(() -> new OutcomeReview(LEAD.id(), Agreement.AGREE, "x".repeat(PanelLimits.SHORT_TEXT + 1), NOW))
                .isEqualTo("outcome-review.invalid");
        assertFailsWith(() -> new Forwarding(Ern.RND, Ern.EYE, LEAD.id(), null, NOW)).isEqualTo("reason.invalid");
        assertFailsWith(() -> new Forwarding(null, Ern.EYE, LEAD.id(), "r", NOW)).isEqualTo("forwarding.invalid");
        assertFailsWith(() -> new Handover(LEAD.id(), null, LEAD.id(), NOW)).isEqualTo("handover.invalid");
        assertFailsWith(() -> new Usefulness(3, null, NOW)).isEqualTo("usefulness.invalid");
        assertFailsWith(() -> new Usefulness(3, LEAD.id(), null)).isEqualTo("usefulness.invalid");
    }
}
