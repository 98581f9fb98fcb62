package org.opencpms.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.PLANTED;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.CancelMeeting;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.RescheduleMeeting;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.AccessRequestRejected;
import org.opencpms.domain.accessrequest.AccessRequested;
import org.opencpms.application.memory.InMemoryCalendarEntries;
import org.opencpms.application.memory.InMemoryMeetingReminders;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.ReminderLead;
import org.opencpms.domain.panel.PanelDrafted;
import org.opencpms.domain.panel.PanelForwarded;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

class NotifyParticipantsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryMeetingReminders reminders = new InMemoryMeetingReminders();
    private final InMemoryCalendarEntries calendar = new InMemoryCalendarEntries();
    private final NotifyParticipants notify = new NotifyParticipants(world.users, world.panels, world.patients,
            world.notifications, reminders, new ReminderLead(Duration.ofHours(2)), calendar);

    NotifyParticipantsTest() {
        world.events.subscribe(notify::on);
    }

    private void assertNothingIdentifying() {
        assertThat(world.notifications.delivered()).allSatisfy(n -> {
            assertThat(n.subject()).doesNotContain(PLANTED);
            assertThat(n.body()).doesNotContain(PLANTED);
        });
    }

    @Test
    void an_invitation_reaches_the_invitee_alone_on_their_channel_naming_panel_and_nickname_only() {
        var panel = world.inSelection();
        var expert = world.person(Map.of(NotificationKind.INVITATION, NotificationChannel.EMAIL),
                RoleGrant.healthProfessional(ERN, world.otherCentre));

        new InviteExpert(world.panels, world.patients, world.policy, world.users, world.events, world.auditing,
                world.clock)
                .handle(new InviteExpert.Command(world.lead, panel, null, expert.id()));

        assertThat(world.notifications.delivered()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(expert.id());
            assertThat(n.kind()).isEqualTo(NotificationKind.INVITATION);
            assertThat(n.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(n.aboutPanel()).contains(panel);
            assertThat(n.subject()).contains(panel.toString());
            assertThat(n.body()).contains(panel.toString()).contains("brave-okapi-0427");
            assertThat(n.at()).isEqualTo(NOW);
            assertThat(n.facts()).containsExactly(Map.entry("nickname", "brave-okapi-0427"));
        });
        assertNothingIdentifying();
    }

    @Test
    void a_comment_reaches_the_other_participants_on_their_chosen_channels_and_none_who_opted_out() {
        var byEmail = world.person(Map.of(NotificationKind.COMMENT, NotificationChannel.EMAIL),
                RoleGrant.healthProfessional(ERN, world.otherCentre));
        var optedOut = world.person(Map.of(NotificationKind.COMMENT, NotificationChannel.NONE),
                RoleGrant.healthProfessional(ERN, world.otherCentre));
        var author = world.expert(ERN);
        var panel = world.inAssessment(byEmail, optedOut, author);

        new CommentOnTimeline(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new CommentOnTimeline.Command(author, panel, null, "Consider a skin biopsy"));

        assertThat(world.notifications.delivered())
                .extracting(Notification::recipient, Notification::kind, Notification::channel)
                .containsExactlyInAnyOrder(
                        tuple(world.lead.id(), NotificationKind.COMMENT, NotificationChannel.IN_APP),
                        tuple(byEmail.id(), NotificationKind.COMMENT, NotificationChannel.EMAIL));
        assertThat(world.notifications.delivered()).allSatisfy(n -> assertThat(n.body()).doesNotContain("skin biopsy"));
        assertNothingIdentifying();
    }

    @Test
    void a_data_request_reaches_the_lead_and_its_answer_the_member_who_asked() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        var request = new RequestAdditionalData(world.panels, world.patients, world.policy, world.events,
                world.auditing, world.clock)
                .handle(new RequestAdditionalData.Command(member, panel, null, "Audiogram, please")).id();
        new AnswerDataRequest(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new AnswerDataRequest.Command(world.lead, panel, null, request, "Attached", null));

        assertThat(world.notifications.delivered()).extracting(Notification::recipient, Notification::kind)
                .containsExactly(tuple(world.lead.id(), NotificationKind.DATA_REQUEST),
                        tuple(member.id(), NotificationKind.DATA_REQUEST));
        assertNothingIdentifying();
    }

    @Test
    void a_meeting_is_reminded_of_the_lead_time_before_it_once_at_its_latest_time_and_not_when_cancelled() {
        var attendee = world.expert(ERN);
        var panel = world.inAssessment(attendee);
        var start = NOW.plus(Duration.ofDays(2));
        var meeting = new ScheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing,
                world.clock)
                .handle(new ScheduleMeeting.Command(world.lead, panel, null, start, Duration.ofHours(1),
                        Set.of(world.lead.id(), attendee.id()), "https://meet.example.eu/alport")).id();
        assertThat(reminders.dueOf(meeting)).contains(start.minus(Duration.ofHours(2)));

        var moved = start.plus(Duration.ofDays(1));
        new RescheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new RescheduleMeeting.Command(world.lead, panel, null, meeting, moved, Duration.ofHours(1)));
        assertThat(reminders.dueOf(meeting)).contains(moved.minus(Duration.ofHours(2)));
        assertThat(reminders.take(moved.minus(Duration.ofHours(3)), 10)).isEmpty();

        var before = world.notifications.delivered().size();
        var due = reminders.take(moved.minus(Duration.ofHours(2)), 10);
        due.forEach(d -> notify.remind(d, moved.minus(Duration.ofHours(2))));
        var reminded = world.notifications.delivered().subList(before, world.notifications.delivered().size());
        assertThat(reminded).extracting(Notification::recipient).containsExactlyInAnyOrder(world.lead.id(), attendee.id());
        assertThat(reminded).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MEETING_REMINDER);
            assertThat(n.facts()).containsEntry("start", moved.toString());
        });
        assertThat(reminders.take(moved, 10)).isEmpty();

        var other = new ScheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing,
                world.clock)
                .handle(new ScheduleMeeting.Command(world.lead, panel, null, start, Duration.ofHours(1),
                        Set.of(world.lead.id()), "https://meet.example.eu/alport")).id();
        new CancelMeeting(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new CancelMeeting.Command(world.lead, panel, null, other));
        assertThat(reminders.dueOf(other)).isEmpty();
        assertNothingIdentifying();
    }

    @Test
    void meetings_scheduled_and_cancelled_reach_their_attendees() {
        var attendee = world.expert(ERN);
        var absent = world.expert(ERN);
        var panel = world.inAssessment(attendee, absent);

        var meeting = new ScheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing,
                world.clock)
                .handle(new ScheduleMeeting.Command(world.lead, panel, null, NOW.plus(Duration.ofDays(2)),
                        Duration.ofHours(1), Set.of(world.lead.id(), attendee.id()), "https://meet.example.eu/alport")).id();
        new CancelMeeting(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new CancelMeeting.Command(world.lead, panel, null, meeting));

        assertThat(world.notifications.delivered()).extracting(Notification::recipient, Notification::subject)
                .containsExactlyInAnyOrder(
                        tuple(world.lead.id(), "Meeting scheduled for panel " + panel),
                        tuple(attendee.id(), "Meeting scheduled for panel " + panel),
                        tuple(world.lead.id(), "Meeting cancelled for panel " + panel),
                        tuple(attendee.id(), "Meeting cancelled for panel " + panel));
        var facts = world.notifications.delivered().stream().map(Notification::facts).toList();
        assertThat(facts).allSatisfy(f -> assertThat(f).containsEntry("meeting", meeting.value().toString())
                .containsEntry("start", NOW.plus(Duration.ofDays(2)).toString())
                .containsEntry("end", NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)).toString())
                .containsEntry("video", "https://meet.example.eu/alport"));
        assertThat(world.notifications.delivered()).allSatisfy(n -> assertThat(n.complete()).isTrue());
        assertNothingIdentifying();
    }

    @Test
    void every_meeting_change_updates_the_attendees_calendar_entry_with_the_sequence_of_its_invitation() {
        var attendee = world.expert(ERN);
        var absent = world.expert(ERN);
        var panel = world.inAssessment(attendee, absent);
        var start = NOW.plus(Duration.ofDays(2));
        var meeting = new ScheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing,
                world.clock)
                .handle(new ScheduleMeeting.Command(world.lead, panel, null, start, Duration.ofHours(1),
                        Set.of(world.lead.id(), attendee.id()), "https://meet.example.eu/alport")).id();
        new RescheduleMeeting(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new RescheduleMeeting.Command(world.lead, panel, null, meeting, start.plus(Duration.ofDays(1)),
                        Duration.ofHours(2)));

        var moved = world.notifications.delivered().stream()
                .filter(n -> n.topic() == NotificationTopic.MEETING_RESCHEDULED)
                .findFirst().orElseThrow();
        assertThat(calendar.of(attendee.id(), NOW, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.meeting()).isEqualTo(meeting);
            assertThat(entry.panel()).isEqualTo(panel);
            assertThat(entry.start()).isEqualTo(start.plus(Duration.ofDays(1)));
            assertThat(entry.end()).isEqualTo(start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)));
            assertThat(entry.nickname()).isEqualTo(moved.facts().get("nickname")).doesNotContain(PLANTED);
            assertThat(entry.sequence()).isEqualTo(Long.parseLong(moved.facts().get("sequence")));
            assertThat(entry.cancelled()).isFalse();
        });
        assertThat(calendar.of(absent.id(), NOW, 10)).isEmpty();

        new CancelMeeting(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new CancelMeeting.Command(world.lead, panel, null, meeting));
        var cancelled = world.notifications.delivered().stream()
                .filter(n -> n.topic() == NotificationTopic.MEETING_CANCELLED).findFirst().orElseThrow();
        assertThat(calendar.of(world.lead.id(), NOW, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.cancelled()).isTrue();
            assertThat(entry.sequence()).isEqualTo(Long.parseLong(cancelled.facts().get("sequence")));
        });
    }

    @Test
    void an_outcome_draft_reaches_the_members_for_review_and_the_final_outcome_every_participant() {
        var member = world.expert(ERN);
        var panel = world.inSignOff(member);

        new DraftOutcome(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new DraftOutcome.Command(world.lead, panel, null, "Alport syndrome", null, null));
        var afterDraft = world.notifications.delivered();
        new FinaliseOutcome(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new FinaliseOutcome.Command(world.lead, panel, null));

        assertThat(afterDraft).extracting(Notification::recipient).containsExactly(member.id());
        var delivered = world.notifications.delivered();
        assertThat(delivered.subList(1, delivered.size())).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(world.lead.id(), member.id());
        assertThat(afterDraft).extracting(Notification::kind).containsOnly(NotificationKind.OUTCOME_READY);
        assertThat(delivered.subList(1, delivered.size())).extracting(Notification::kind)
                .containsOnly(NotificationKind.OUTCOME_FINAL);
        assertNothingIdentifying();
    }

    @Test
    void an_access_decision_reaches_the_requester() {
        Actor requester = world.person();
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        notify.on(new AccessRequestAccepted(AccessRequestId.random(), requester.id(), ERN,
                Set.of(RoleGrant.healthProfessional(ERN, world.otherCentre)), coordinator.id(), NOW));
        notify.on(new AccessRequestRejected(AccessRequestId.random(), requester.id(), ERN, coordinator.id(), NOW));

        assertThat(world.notifications.delivered()).extracting(Notification::recipient, Notification::kind,
                        Notification::subject, n -> n.aboutPanel().isPresent())
                .containsExactly(
                        tuple(requester.id(), NotificationKind.ACCESS_DECISION, "Access granted", false),
                        tuple(requester.id(), NotificationKind.ACCESS_DECISION, "Access refused", false));
        assertThat(world.notifications.delivered().get(0).body()).contains(ERN.code());
    }

    @Test
    void an_access_request_reaches_the_coordinators_of_its_ern_on_their_channels_and_nobody_else() {
        Actor requester = world.person();
        var byEmail = world.person(Map.of(NotificationKind.ACCESS_DECISION, NotificationChannel.EMAIL),
                RoleGrant.coordinator(ERN, world.otherCentre));
        var byDefault = world.person(RoleGrant.coordinator(ERN, world.centre));
        world.person(Map.of(NotificationKind.ACCESS_DECISION, NotificationChannel.NONE),
                RoleGrant.coordinator(ERN, world.otherCentre));
        world.person(RoleGrant.coordinator(OTHER_ERN, world.otherCentre));
        world.person(RoleGrant.dispatcher(ERN, world.otherCentre));

        notify.on(new AccessRequested(AccessRequestId.random(), requester.id(), ERN, world.centre,
                Set.of(Role.HEALTH_PROFESSIONAL), NOW));

        assertThat(world.notifications.delivered()).extracting(Notification::recipient, Notification::kind,
                        Notification::channel, Notification::subject, n -> n.aboutPanel().isPresent(), Notification::at)
                .containsExactly(
                        tuple(byEmail.id(), NotificationKind.ACCESS_DECISION, NotificationChannel.EMAIL,
                                "Access request for " + ERN.code(), false, NOW),
                        tuple(byDefault.id(), NotificationKind.ACCESS_DECISION, NotificationKind.ACCESS_DECISION.defaultChannel(),
                                "Access request for " + ERN.code(), false, NOW));
        assertThat(world.notifications.delivered().get(0).body())
                .isEqualTo("A new access request for " + ERN.code() + " is waiting for your decision.");
    }

    @Test
    void a_forwarded_panel_reaches_the_coordinators_of_the_receiving_ern_naming_panel_and_nickname_only() {
        var panel = world.inSelection();
        var receiving = world.person(RoleGrant.coordinator(OTHER_ERN, world.otherCentre));
        world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        notify.on(new PanelForwarded(panel, ERN, OTHER_ERN, "better expertise there", world.lead.id(), NOW));

        assertThat(world.notifications.delivered()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(receiving.id());
            assertThat(n.aboutPanel()).contains(panel);
            assertThat(n.subject()).isEqualTo("Panel forwarded to " + OTHER_ERN.code() + " " + panel);
            assertThat(n.body()).contains(panel.toString()).contains("brave-okapi-0427");
            assertThat(n.at()).isEqualTo(NOW);
            assertThat(n.kind()).isEqualTo(NotificationKind.PANEL_FORWARDED);
            assertThat(n.facts()).containsEntry("nickname", "brave-okapi-0427").containsEntry("toErn", OTHER_ERN.code());
            assertThat(n.kind()).isEqualTo(NotificationKind.PANEL_FORWARDED);
            assertThat(n.facts()).containsEntry("nickname", "brave-okapi-0427").containsEntry("toErn", OTHER_ERN.code());
        });
        assertNothingIdentifying();
    }

    @Test
    void other_events_notify_nobody() {
        var panel = world.draft();

        notify.on(new PanelDrafted(panel, world.patient, ERN, false, world.lead.id(), NOW));

        assertThat(world.notifications.delivered()).isEmpty();
    }
}
