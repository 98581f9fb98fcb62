package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.SECOND_EXPERT;
import static org.opencpms.domain.panel.Fixtures.VIDEO_LINK;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.UserId;

class PanelMeetingTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private static MeetingId schedule(Panel panel) {
        MeetingId meeting = panel.scheduleMeeting(LEAD, LATER, HOUR, Set.of(LEAD.id(), EXPERT.id()), VIDEO_LINK, NOW);
        panel.pullEvents();
        return meeting;
    }

    @Test
    void the_lead_schedules_a_meeting_of_participants() {
        Panel panel = Fixtures.inAssessment(EXPERT);

        MeetingId meeting = panel.scheduleMeeting(LEAD, LATER, HOUR, Set.of(LEAD.id(), EXPERT.id()), VIDEO_LINK, NOW);

        var link = new VideoLink(URI.create(VIDEO_LINK));
        assertThat(panel.meetings()).containsExactly(new Meeting(meeting, LEAD.id(), LATER, HOUR, Set.of(LEAD.id(), EXPERT.id()),
                link, MeetingStatus.SCHEDULED, Optional.empty()));
        assertThat(panel.pullEvents()).containsExactly(new MeetingScheduled(panel.id(), meeting, LATER, HOUR,
                Set.of(LEAD.id(), EXPERT.id()), link, LEAD.id(), NOW));
    }

    @Test
    void a_panel_manager_of_the_lead_ern_organises_meetings_too_but_no_one_else() {
        Panel panel = Fixtures.inSelection(EXPERT);
        MeetingId meeting = panel.scheduleMeeting(PANEL_MANAGER, LATER, HOUR, Set.of(EXPERT.id()), VIDEO_LINK, NOW);
        assertThat(panel.meetings()).singleElement().extracting(Meeting::scheduledBy).isEqualTo(PANEL_MANAGER.id());
        for (var other : List.of(EXPERT, COORDINATOR, OTHER_PANEL_MANAGER)) {
            assertFailsWith(() -> panel.scheduleMeeting(other, LATER, HOUR, Set.of(EXPERT.id()), VIDEO_LINK, NOW))
                    .isEqualTo("panel.forbidden");
            assertFailsWith(() -> panel.rescheduleMeeting(meeting, other, LATER, HOUR, NOW)).isEqualTo("panel.forbidden");
            assertFailsWith(() -> panel.cancelMeeting(meeting, other, NOW)).isEqualTo("panel.forbidden");
            assertFailsWith(() -> panel.attachRecording(meeting, other, "rec-1", LATER)).isEqualTo("panel.forbidden");
        }
    }

    @Test
    void meetings_are_organised_from_panel_selection_to_sign_off() {
        Panel signingOff = Fixtures.inSignOff();
        schedule(signingOff);
        assertThat(signingOff.meetings()).hasSize(1);
        assertFailsWith(() -> Fixtures.draft().scheduleMeeting(LEAD, LATER, HOUR, Set.of(LEAD.id()), VIDEO_LINK, NOW))
                .isEqualTo("panel.not-allowed-in-state");
        Panel closing = Fixtures.readyToClose();
        MeetingId meeting = schedule(closing);
        closing.close(LEAD, Fixtures.CONFIGURATION, NOW);
        assertFailsWith(() -> closing.rescheduleMeeting(meeting, LEAD, LATER, HOUR, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> closing.cancelMeeting(meeting, LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> closing.attachRecording(meeting, LEAD, "rec-1", LATER)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void a_meeting_starts_in_the_future() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, NOW, HOUR, Set.of(LEAD.id()), VIDEO_LINK, NOW))
                .isEqualTo("panel.meeting-not-in-future");
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, NOW.minusSeconds(1), HOUR, Set.of(LEAD.id()), VIDEO_LINK, NOW))
                .isEqualTo("panel.meeting-not-in-future");
        panel.scheduleMeeting(LEAD, NOW.plusSeconds(1), HOUR, Set.of(LEAD.id()), VIDEO_LINK, NOW);
        assertThat(panel.meetings()).hasSize(1);
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, null, HOUR, Set.of(LEAD.id()), VIDEO_LINK, NOW)).isEqualTo("meeting.invalid");
    }

    @Test
    void a_meeting_lasts_from_five_minutes_to_eight_hours() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        Set<UserId> lead = Set.of(LEAD.id());
        panel.scheduleMeeting(LEAD, LATER, Duration.ofMinutes(5), lead, VIDEO_LINK, NOW);
        panel.scheduleMeeting(LEAD, LATER, Duration.ofHours(8), lead, VIDEO_LINK, NOW);
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, Duration.ofMinutes(5).minusSeconds(1), lead, VIDEO_LINK, NOW))
                .isEqualTo("meeting-duration.invalid");
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, Duration.ofHours(8).plusSeconds(1), lead, VIDEO_LINK, NOW))
                .isEqualTo("meeting-duration.invalid");
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, null, lead, VIDEO_LINK, NOW)).isEqualTo("meeting-duration.invalid");
        assertThat(panel.meetings()).extracting(Meeting::end)
                .containsExactly(LATER.plus(Duration.ofMinutes(5)), LATER.plus(Duration.ofHours(8)));
    }

    @Test
    void only_participants_attend_and_there_is_at_least_one() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        panel.invite(SECOND_EXPERT, LEAD, NOW);
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, HOUR, Set.of(LEAD.id(), SECOND_EXPERT.id()), VIDEO_LINK, NOW))
                .isEqualTo("panel.attendee-not-participant");
        assertFailsWith(() -> panel.scheduleMeeting(PANEL_MANAGER, LATER, HOUR, Set.of(PANEL_MANAGER.id()), VIDEO_LINK, NOW))
                .isEqualTo("panel.attendee-not-participant");
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, HOUR, Set.of(), VIDEO_LINK, NOW)).isEqualTo("attendees.invalid");
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, HOUR, null, VIDEO_LINK, NOW)).isEqualTo("attendees.invalid");
        assertThat(panel.meetings()).isEmpty();
    }

    @Test
    void a_meeting_takes_place_at_an_https_link() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        Set<UserId> lead = Set.of(LEAD.id());
        for (String bad : new String[] {"http://meet.example.org/x", "https:///x", "mailto:a@b.org", "not a link", "", "/relative"}) {
            assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, HOUR, lead, bad, NOW)).as(bad).isEqualTo("video-link.invalid");
        }
        assertFailsWith(() -> panel.scheduleMeeting(LEAD, LATER, HOUR, lead, null, NOW)).isEqualTo("video-link.invalid");
        panel.scheduleMeeting(LEAD, LATER, HOUR, lead, " HTTPS://Meet.example.org/x ", NOW);
        assertThat(panel.meetings()).singleElement().extracting(m -> m.videoLink().toString()).isEqualTo("HTTPS://Meet.example.org/x");
    }

    @Test
    void a_meeting_is_rescheduled_to_a_future_time() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        MeetingId meeting = schedule(panel);
        Instant moved = LATER.plus(HOUR);

        panel.rescheduleMeeting(meeting, PANEL_MANAGER, moved, Duration.ofMinutes(30), NOW);

        assertThat(panel.meetings()).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(moved);
            assertThat(m.duration()).isEqualTo(Duration.ofMinutes(30));
            assertThat(m.scheduledBy()).isEqualTo(LEAD.id());
        });
        assertThat(panel.pullEvents()).containsExactly(new MeetingRescheduled(panel.id(), meeting, moved, Duration.ofMinutes(30),
                Set.of(LEAD.id(), EXPERT.id()), PANEL_MANAGER.id(), NOW));
        assertFailsWith(() -> panel.rescheduleMeeting(meeting, LEAD, NOW, HOUR, NOW)).isEqualTo("panel.meeting-not-in-future");
        assertFailsWith(() -> panel.rescheduleMeeting(meeting, LEAD, null, HOUR, NOW)).isEqualTo("meeting.invalid");
        assertFailsWith(() -> panel.rescheduleMeeting(meeting, LEAD, LATER, Duration.ofHours(9), NOW)).isEqualTo("meeting-duration.invalid");
        assertThatThrownBy(() -> panel.rescheduleMeeting(MeetingId.random(), LEAD, LATER, HOUR, NOW)).isInstanceOf(NotFound.class);
        assertFailsWith(() -> panel.rescheduleMeeting(MeetingId.random(), LEAD, LATER, HOUR, NOW)).isEqualTo("panel.meeting-not-found");
    }

    @Test
    void a_meeting_is_cancelled_once_and_then_left_alone() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        MeetingId meeting = schedule(panel);

        panel.cancelMeeting(meeting, LEAD, NOW);

        assertThat(panel.meetings()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(m.isCancelled()).isTrue();
        });
        assertThat(panel.pullEvents()).containsExactly(
                new MeetingCancelled(panel.id(), meeting, Set.of(LEAD.id(), EXPERT.id()), LEAD.id(), NOW));
        assertThatThrownBy(() -> panel.cancelMeeting(meeting, LEAD, NOW)).isInstanceOf(Conflict.class);
        assertFailsWith(() -> panel.cancelMeeting(meeting, LEAD, NOW)).isEqualTo("panel.meeting-cancelled");
        assertFailsWith(() -> panel.rescheduleMeeting(meeting, LEAD, LATER, HOUR, NOW)).isEqualTo("panel.meeting-cancelled");
        assertFailsWith(() -> panel.attachRecording(meeting, LEAD, "rec-1", LATER)).isEqualTo("panel.meeting-cancelled");
        assertFailsWith(() -> panel.cancelMeeting(MeetingId.random(), LEAD, NOW)).isEqualTo("panel.meeting-not-found");
    }

    @Test
    void each_meeting_is_changed_on_its_own() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        MeetingId first = schedule(panel);
        MeetingId second = schedule(panel);
        Instant moved = LATER.plus(HOUR);

        panel.rescheduleMeeting(second, LEAD, moved, HOUR, NOW);
        panel.attachRecording(second, LEAD, "rec-2", moved);
        panel.cancelMeeting(second, LEAD, NOW);

        assertThat(panel.meetings()).extracting(Meeting::id, Meeting::start, Meeting::status, Meeting::recording).containsExactly(
                tuple(first, LATER, MeetingStatus.SCHEDULED, Optional.empty()),
                tuple(second, moved, MeetingStatus.CANCELLED, Optional.of("rec-2")));
    }

    @Test
    void the_recording_of_a_meeting_that_has_started_is_attached() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        MeetingId meeting = schedule(panel);
        assertFailsWith(() -> panel.attachRecording(meeting, LEAD, "rec-1", LATER.minusSeconds(1))).isEqualTo("panel.meeting-not-started");

        panel.attachRecording(meeting, LEAD, " rec-1 ", LATER);

        assertThat(panel.meetings()).singleElement().extracting(Meeting::recording).isEqualTo(Optional.of("rec-1"));
        assertThat(panel.pullEvents()).containsExactly(new MeetingRecordingAttached(panel.id(), meeting, LEAD.id(), LATER));
        assertFailsWith(() -> panel.attachRecording(meeting, LEAD, " ", LATER)).isEqualTo("recording.invalid");
        assertFailsWith(() -> panel.attachRecording(meeting, LEAD, null, LATER)).isEqualTo("recording.invalid");
        assertFailsWith(() -> panel.attachRecording(MeetingId.random(), LEAD, "rec", LATER)).isEqualTo("panel.meeting-not-found");
    }
}
