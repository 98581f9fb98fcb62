package org.opencpms.adapters.messaging.mail;

import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;

/**
 * The iCalendar (RFC 5545, iTIP RFC 5546) entry a meeting's mail carries, built with ical4j: {@code METHOD:REQUEST}
 * when the meeting is scheduled or moved, {@code METHOD:CANCEL} (and {@code STATUS:CANCELLED}) when it is cancelled.
 *
 * <p>Invariants: the UID is the meeting's ({@code <meeting-id>@<domain>}), the same in every mail about it, and
 * SEQUENCE grows with every change, so calendars replace the entry; the video link is LOCATION and URL; the summary
 * is the mail's subject (nickname only); the organizer is the sending address and the attendee the recipient.
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
        var event = new VEvent(Instant.parse(facts.get(Facts.START)), Instant.parse(facts.get(Facts.END)), summary);
        event.add(new Uid(facts.get(Facts.MEETING_ID) + "@" + settings.messageIdDomain()));
        event.add(new Sequence(Integer.parseInt(facts.get(Facts.SEQUENCE))));
        event.add(new Organizer(URI.create("mailto:" + settings.senderAddress())));
        event.add(new Attendee(URI.create("mailto:" + mail.to().value())));
        var video = facts.get(Facts.VIDEO);
        if (video != null) {
            event.add(new Location(video));
            event.add(new Url(URI.create(video)));
        }
        var cancel = mail.notification().topic() == NotificationTopic.MEETING_CANCELLED;
        if (cancel) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        var calendar = new Calendar().withProdId("-//OpenCPMS//Meetings//EN").withDefaults()
                .withProperty(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST).withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }
}
