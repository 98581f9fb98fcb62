package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.opencpms.domain.accessrequest.AccessRequestAccepted;
import org.opencpms.domain.accessrequest.AccessRequestRejected;
import org.opencpms.domain.accessrequest.AccessRequested;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.notification.MeetingReminders;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.notification.ReminderLead;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.ContributionCommented;
import org.opencpms.domain.panel.DataRequestAnswered;
import org.opencpms.domain.panel.DataRequested;
import org.opencpms.domain.panel.ExpertInvited;
import org.opencpms.domain.panel.MeetingCancelled;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingRescheduled;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.panel.OutcomeDrafted;
import org.opencpms.domain.panel.OutcomeFinalised;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelForwarded;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Users;

/**
 * Turns committed domain events into notifications for the people concerned: an invitation for the
 * invitee; a comment (in the timeline or on a contribution) for the panel's participants but its
 * author; a data request for the lead and its answer for the requester; a meeting scheduled, moved or
 * cancelled for its attendees, and a reminder of it scheduled the {@link ReminderLead} before its start (moved
 * with it, withdrawn with it), given by {@link #remind}; an outcome drafted for the members (to review) and
 * finalised for all participants; an access request for the coordinators of its ERN, who decide it; an access decision
 * for the requester. Every meeting change also updates the attendees' calendar feeds ({@link CalendarUpdates}).
 *
 * <p>Each notification goes out on the channel its recipient chose for its kind, and not at all on
 * {@code NONE} or to an unknown user ({@link Deliveries}). Subjects and bodies name the panel by id and the patient by
 * nickname only, never by identifying data. The messaging adapter calls {@link #on} for events of
 * committed transactions only, so it needs no transaction of its own; other events are ignored.
 */
@ApplicationScoped
public class NotifyParticipants {

    private final Users users;
    private final Panels panels;
    private final Deliveries deliveries;
    private final MeetingReminders reminders;
    private final ReminderLead lead;
    private final CalendarUpdates calendars;

    @Inject
    public NotifyParticipants(Users users, Panels panels, Patients patients, Notifications notifications,
                              MeetingReminders reminders, ReminderLead lead, CalendarEntries calendarEntries) {
        this.users = users;
        this.panels = panels;
        this.deliveries = new Deliveries(users, panels, patients, notifications);
        this.calendars = new CalendarUpdates(panels, deliveries, calendarEntries);
        this.reminders = reminders;
        this.lead = lead;
    }

    /** Delivers the notifications {@code event} calls for, if any. */
    public void on(DomainEvent event) {
        if (event instanceof ExpertInvited e) {
            deliveries.aboutPanel(e.panel(), panel -> Set.of(e.invitee()), NotificationTopic.EXPERT_INVITED,
                    "Invitation to panel",
                    "You are invited to take part in panel %s about patient %s.", null, e.occurredAt());
        } else if (event instanceof CommentPosted e) {
            deliveries.aboutPanel(e.panel(), panel -> participantsBut(panel, e.by()), NotificationTopic.COMMENT_POSTED,
                    "New comment on panel", "There is a new comment in the timeline of panel %s about patient %s.",
                    null, e.occurredAt());
        } else if (event instanceof ContributionCommented e) {
            deliveries.aboutPanel(e.panel(), panel -> participantsBut(panel, e.by()),
                    NotificationTopic.CONTRIBUTION_COMMENTED,
                    "New comment on a contribution to panel",
                    "There is a new comment on a contribution to panel %s about patient %s.", null, e.occurredAt());
        } else if (event instanceof DataRequested e) {
            deliveries.aboutPanel(e.panel(), panel -> Set.of(panel.lead()), NotificationTopic.DATA_REQUESTED,
                    "Request for additional data on panel",
                    "A member of panel %s about patient %s asks for additional data.", null, e.occurredAt());
        } else if (event instanceof DataRequestAnswered e) {
            deliveries.aboutPanel(e.panel(), panel -> Set.of(e.requestedBy()), NotificationTopic.DATA_REQUEST_ANSWERED,
                    "Additional data provided on panel",
                    "Your request for additional data on panel %s about patient %s was answered.", null,
                    e.occurredAt());
        } else if (event instanceof MeetingScheduled e) {
            deliveries.aboutPanel(e.panel(), panel -> e.attendees(), NotificationTopic.MEETING_SCHEDULED,
                    "Meeting scheduled for panel",
                    "A meeting of panel %s about patient %s was scheduled for " + e.start() + ".", e.meeting(),
                    e.occurredAt());
            remindBefore(e.meeting(), e.panel(), e.start(), e.occurredAt());
            calendars.record(e.panel(), e.meeting(), e.occurredAt());
        } else if (event instanceof MeetingRescheduled e) {
            deliveries.aboutPanel(e.panel(), panel -> e.attendees(), NotificationTopic.MEETING_RESCHEDULED,
                    "Meeting moved for panel", "A meeting of panel %s about patient %s was moved to " + e.start() + ".",
                    e.meeting(), e.occurredAt());
            remindBefore(e.meeting(), e.panel(), e.start(), e.occurredAt());
            calendars.record(e.panel(), e.meeting(), e.occurredAt());
        } else if (event instanceof MeetingCancelled e) {
            deliveries.aboutPanel(e.panel(), panel -> e.attendees(), NotificationTopic.MEETING_CANCELLED,
                    "Meeting cancelled for panel", "A meeting of panel %s about patient %s was cancelled.", e.meeting(),
                    e.occurredAt());
            reminders.withdraw(e.meeting());
            calendars.record(e.panel(), e.meeting(), e.occurredAt());
        } else if (event instanceof OutcomeDrafted e) {
            deliveries.aboutPanel(e.panel(), Panel::members, NotificationTopic.OUTCOME_DRAFTED,
                    "Outcome ready for review on panel",
                    "The outcome of panel %s about patient %s is ready for your review.", null, e.occurredAt());
        } else if (event instanceof OutcomeFinalised e) {
            deliveries.aboutPanel(e.panel(), Panel::participants, NotificationTopic.OUTCOME_FINALISED,
                    "Outcome final on panel",
                    "The outcome of panel %s about patient %s is final.", null, e.occurredAt());
        } else if (event instanceof PanelForwarded e) {
            var nickname = deliveries.nicknameIn(e.panel());
            var facts = Map.of(Facts.NICKNAME, nickname, Facts.FROM_ERN, e.from().code(), Facts.TO_ERN, e.to().code());
            users.coordinatorsOf(e.to()).forEach(coordinator -> deliveries.notify(coordinator,
                    NotificationTopic.PANEL_FORWARDED,
                    facts, "Panel forwarded to " + e.to().code() + " " + e.panel(),
                    "Panel " + e.panel() + " about patient " + nickname + " was forwarded from " + e.from().code()
                            + " to " + e.to().code() + " and waits for its panel to be assembled.", e.panel(),
                    e.occurredAt()));
        } else if (event instanceof AccessRequested e) {
            users.coordinatorsOf(e.ern()).forEach(coordinator -> deliveries.notify(coordinator,
                    NotificationTopic.ACCESS_REQUESTED,
                    Map.of(Facts.ERN, e.ern().code()), "Access request for " + e.ern().code(),
                    "A new access request for " + e.ern().code() + " is waiting for your decision.", null,
                    e.occurredAt()));
        } else if (event instanceof AccessRequestAccepted e) {
            deliveries.notify(e.requester(), NotificationTopic.ACCESS_ACCEPTED, Map.of(Facts.ERN, e.ern().code()),
                    "Access granted", "Your access request for " + e.ern().code() + " was accepted.", null,
                    e.occurredAt());
        } else if (event instanceof AccessRequestRejected e) {
            deliveries.notify(e.requester(), NotificationTopic.ACCESS_REJECTED, Map.of(Facts.ERN, e.ern().code()),
                    "Access refused", "Your access request for " + e.ern().code() + " was rejected.", null,
                    e.occurredAt());
        }
    }

    /**
     * Reminds the attendees of a meeting that begins soon (a reminder {@link MeetingReminders#take taken} when due),
     * unless the meeting was cancelled or has begun, or its panel is gone.
     */
    public void remind(MeetingReminders.Due due, Instant now) {
        panels.find(due.panel()).ifPresent(panel -> panel.meetings().stream()
                .filter(m -> m.id().equals(due.meeting()) && !m.isCancelled() && m.start().isAfter(now))
                .findFirst()
                .ifPresent(meeting -> deliveries.aboutPanel(panel.id(), p -> meeting.attendees(),
                        NotificationTopic.MEETING_REMINDER, "Meeting soon for panel",
                        "A meeting of panel %s about patient %s begins at " + meeting.start() + ".", meeting.id(),
                        now)));
    }

    /** Schedules the meeting's reminder the lead time before its start, or withdraws it when that time is past. */
    private void remindBefore(MeetingId meeting, PanelId panel, Instant start, Instant changedAt) {
        var due = start.minus(lead.value());
        if (due.isAfter(changedAt)) {
            reminders.schedule(meeting, panel, due);
        } else {
            reminders.withdraw(meeting);
        }
    }

    private static Set<UserId> participantsBut(Panel panel, UserId author) {
        var recipients = new LinkedHashSet<>(panel.participants());
        recipients.remove(author);
        return recipients;
    }
}
