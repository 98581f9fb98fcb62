package org.opencpms.adapters.messaging.mail;

import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.opencpms.adapters.messaging.calendar.MeetingEvents;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.user.EmailAddress;

/**
 * The iCalendar (RFC 5545, iTIP RFC 5546) entry a meeting's mail carries, built with ical4j: {@code METHOD:REQUEST}
 * when the meeting is scheduled or moved, {@code METHOD:CANCEL} (and {@code STATUS:CANCELLED}) when it is cancelled.
 *
 * <p>Invariants: the UID is the meeting's ({@code <meeting-id>@<domain>}), the same in every mail about it, and
 * SEQUENCE grows with every change, so calendars replace the entry; the video link is LOCATION and URL; the summary
 * is the mail's subject (nickname only); the organizer is the sending address and the attendees every attendee of the
 * meeting (clinicians' addresses, never a patient's), the recipient asked to reply. The event itself is written by
 * {@link MeetingEvents}, as in the calendar feeds.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    /** The method of the entry for this topic: {@code REQUEST} or {@code CANCEL}. */
    static String method(NotificationTopic topic) {
        return topic == NotificationTopic.MEETING_CANCELLED ? "CANCEL" : "REQUEST";
    }

    static String of(Mail mail, MailSettings settings, String summary) {
        var facts = mail.notification().facts();
        var cancel = mail.notification().topic() == NotificationTopic.MEETING_CANCELLED;
        var meeting = new MeetingEvents.Meeting(facts.get(Facts.MEETING_ID), Long.parseLong(facts.get(Facts.SEQUENCE)),
                Instant.parse(facts.get(Facts.START)), Instant.parse(facts.get(Facts.END)), summary,
                facts.get(Facts.VIDEO), cancel);
        var invitees = new MeetingEvents.Invitees(settings.senderAddress(),
                mail.attendees().stream().map(EmailAddress::value).toList(), mail.to().value());
        var calendar = new Calendar().withProdId("-//OpenCPMS//Meetings//EN").withDefaults()
                .withProperty(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(MeetingEvents.invitation(meeting, settings.messageIdDomain(), invitees))
                .getFluentTarget();
        return calendar.toString();
    }
}
