package org.opencpms.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/** A meeting's mails carry its iCalendar entry; ical4j parses it back and it matches the meeting. */
class MeetingCalendarTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static Mail about(NotificationTopic topic, String start, String end, long sequence) {
        var base = MailFixtures.about(topic, "x");
        var facts = new HashMap<>(base.facts());
        facts.put(Facts.START, start);
        facts.put(Facts.END, end);
        facts.put(Facts.SEQUENCE, String.valueOf(sequence));
        var notification = new Notification(base.id(), base.recipient(), topic, base.channel(), Map.copyOf(facts),
                base.subject(), base.body(), base.panel(), base.at(), null);
        return new Mail(notification, EmailAddress.of("expert@hospital.example.fr"), Language.EN, 1);
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponents().get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Calendar sentCalendar(Mail mail) throws Exception {
        new JakartaMailer(MailFixtures.session(SMTP.getSmtp().getPort()), MailFixtures.SETTINGS, new MailTemplates())
                .send(mail);
        var received = SMTP.getReceivedMessages();
        var mixed = (MimeMultipart) received[received.length - 1].getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        BodyPart part = mixed.getBodyPart(1);
        assertThat(part.getContentType()).contains("text/calendar")
                .contains("method=" + MeetingCalendar.method(mail.notification().topic()));
        assertThat(part.getFileName()).isEqualTo("meeting.ics");
        return new CalendarBuilder().build(new StringReader(
                new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_scheduled_meeting_is_a_request_with_its_times_video_link_and_attendee() throws Exception {
        var calendar = sentCalendar(about(NotificationTopic.MEETING_SCHEDULED, "2026-06-03T14:30:00Z",
                "2026-06-03T15:30:00Z", 200_000_000));

        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
        var event = event(calendar);
        assertThat(value(event, "UID")).isEqualTo("6f0c1e7a-2b6d-4c55-9a3e-0c6f3f0b9d11@cpms.example.eu");
        assertThat(value(event, "DTSTART")).isEqualTo("20260603T143000Z");
        assertThat(value(event, "DTEND")).isEqualTo("20260603T153000Z");
        assertThat(value(event, "LOCATION")).isEqualTo("https://meet.example.eu/panel-4711");
        assertThat(value(event, "URL")).isEqualTo("https://meet.example.eu/panel-4711");
        assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:expert@hospital.example.fr");
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:no-reply@cpms.example.eu");
        assertThat(value(event, "SUMMARY")).contains(MailFixtures.NICKNAME);
        calendar.validate();
    }

    @Test
    void a_moved_meeting_keeps_its_uid_with_a_higher_sequence_and_a_cancelled_one_is_a_cancel() throws Exception {
        var first = event(sentCalendar(about(NotificationTopic.MEETING_SCHEDULED, "2026-06-03T14:30:00Z",
                "2026-06-03T15:30:00Z", 200_000_000)));
        var moved = event(sentCalendar(about(NotificationTopic.MEETING_RESCHEDULED, "2026-06-04T09:00:00Z",
                "2026-06-04T10:00:00Z", 200_000_600)));
        var cancelled = sentCalendar(about(NotificationTopic.MEETING_CANCELLED, "2026-06-04T09:00:00Z",
                "2026-06-04T10:00:00Z", 200_000_900));

        assertThat(value(moved, "UID")).isEqualTo(value(first, "UID"));
        assertThat(Integer.parseInt(value(moved, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(first, "SEQUENCE")));
        assertThat(value(moved, "DTSTART")).isEqualTo("20260604T090000Z");
        assertThat(cancelled.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
        assertThat(value(event(cancelled), "UID")).isEqualTo(value(first, "UID"));
        assertThat(value(event(cancelled), "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(event(cancelled), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(moved, "SEQUENCE")));
    }

    @Test
    void an_invitation_names_every_attendee_of_the_meeting_as_a_required_participant_and_asks_its_recipient_to_reply()
            throws Exception {
        var base = about(NotificationTopic.MEETING_SCHEDULED, "2026-06-03T14:30:00Z", "2026-06-03T15:30:00Z", 1);
        var mail = new Mail(base.notification(), base.to(), Language.EN, 1, Set.of(base.to(),
                EmailAddress.of("lead@hospital.example.de"), EmailAddress.of("member@hospital.example.it")));

        var event = event(sentCalendar(mail));

        var attendees = event.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue).containsExactlyInAnyOrder(
                "mailto:expert@hospital.example.fr", "mailto:lead@hospital.example.de",
                "mailto:member@hospital.example.it");
        assertThat(attendees).allSatisfy(attendee -> {
            assertThat(attendee.getParameter("ROLE").map(p -> p.getValue())).contains("REQ-PARTICIPANT");
            assertThat(attendee.getParameter("PARTSTAT").map(p -> p.getValue())).contains("NEEDS-ACTION");
        });
        assertThat(attendees).filteredOn(a -> a.getParameter("RSVP").isPresent()).extracting(Property::getValue)
                .containsExactly("mailto:expert@hospital.example.fr");
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:no-reply@cpms.example.eu");
    }

    @Test
    void a_mail_about_no_meeting_has_no_calendar() throws Exception {
        new JakartaMailer(MailFixtures.session(SMTP.getSmtp().getPort()), MailFixtures.SETTINGS, new MailTemplates())
                .send(MailFixtures.mail(NotificationTopic.COMMENT_POSTED, Language.EN, "a@example.eu"));

        var received = SMTP.getReceivedMessages();
        assertThat(((MimeMultipart) received[received.length - 1].getContent()).getContentType())
                .startsWith("multipart/alternative");
    }
}
