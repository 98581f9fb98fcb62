package org.opencpms.adapters.messaging.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * A meeting's VEVENT, the same in its invitations and in the feeds: UID {@code <meeting-id>@<domain>}, the SEQUENCE
 * of its last change, start and end, the summary, the video link as LOCATION and URL, {@code STATUS:CANCELLED} when
 * cancelled.
 */
public final class MeetingEvents {

    /** What an event says about a meeting. {@code video} may be null (a link too long to name). */
    public record Meeting(String id, long sequence, Instant start, Instant end, String summary, String video,
                          boolean cancelled) {
    }

    /** Who an invitation names: the organizer's address, every attendee's, and the recipient's (asked to reply). */
    public record Invitees(String organizer, List<String> attendees, String recipient) {
    }

    private MeetingEvents() {
    }

    /** The event of {@code meeting}, its UID in {@code domain}. */
    public static VEvent of(Meeting meeting, String domain) {
        var event = new VEvent(meeting.start(), meeting.end(), meeting.summary());
        event.add(new Uid(meeting.id() + "@" + domain));
        event.add(new Sequence(Math.toIntExact(meeting.sequence())));
        if (meeting.video() != null) {
            event.add(new Location(meeting.video()));
            event.add(new Url(URI.create(meeting.video())));
        }
        if (meeting.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    /**
     * The event of {@code meeting} as an invitation: with its ORGANIZER and each attendee as ATTENDEE (a required
     * participant whose answer is still needed; the recipient asked to reply), the recipient among them always.
     */
    public static VEvent invitation(Meeting meeting, String domain, Invitees invitees) {
        var event = of(meeting, domain);
        event.add(new Organizer(URI.create("mailto:" + invitees.organizer())));
        var named = new java.util.TreeSet<>(invitees.attendees());
        named.add(invitees.recipient());
        for (var address : named) {
            var attendee = new Attendee(URI.create("mailto:" + address));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            if (address.equals(invitees.recipient())) {
                attendee.add(Rsvp.TRUE);
            }
            event.add(attendee);
        }
        return event;
    }
}
