package org.opencpms.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.messaging.calendar.IcalCalendarFormat;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/** A user's calendar feed parses with ical4j and its entries merge with the invitations of the same meetings. */
class CalendarFeedFormatTest {

    private final MailTemplates templates = new MailTemplates();
    private final IcalCalendarFormat format = new IcalCalendarFormat(MailFixtures.SETTINGS.messageIdDomain(),
            templates::calendarSummary);

    private static CalendarEntry entry(String meeting, boolean cancelled) {
        return new CalendarEntry(new MeetingId(UUID.fromString(meeting)), PanelId.random(), MailFixtures.NICKNAME,
                Instant.parse("2026-06-03T14:30:00Z"), Instant.parse("2026-06-03T15:30:00Z"),
                VideoLink.of("https://meet.example.eu/panel-4711"), 200_000_000, cancelled);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void a_feed_entry_carries_the_uid_sequence_times_and_link_of_the_meetings_invitation() throws Exception {
        var invitation = parse(MeetingCalendar.of(new Mail(MailFixtures.about(NotificationTopic.MEETING_SCHEDULED, "x"),
                EmailAddress.of("expert@hospital.example.fr"), Language.EN, 1), MailFixtures.SETTINGS, "subject"));
        var feed = parse(format.feed(List.of(entry("6f0c1e7a-2b6d-4c55-9a3e-0c6f3f0b9d11", false)), Language.EN));

        feed.validate();
        assertThat(feed.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
        var invited = (VEvent) invitation.getComponents().get(0);
        var listed = (VEvent) feed.getComponents().get(0);
        for (var property : List.of("UID", "SEQUENCE", "DTSTART", "DTEND", "LOCATION", "URL")) {
            assertThat(value(listed, property)).as(property).isEqualTo(value(invited, property)).isNotNull();
        }
        assertThat(value(listed, "SUMMARY")).isEqualTo("Panel meeting about " + MailFixtures.NICKNAME);
        assertThat(listed.getProperties("ATTENDEE")).isEmpty();
        assertThat(value(listed, "STATUS")).isNull();
    }

    @Test
    void a_feed_is_in_its_readers_language_and_shows_cancelled_meetings_as_cancelled() throws Exception {
        var feed = parse(format.feed(List.of(entry(UUID.randomUUID().toString(), true),
                entry(UUID.randomUUID().toString(), false)), Language.DE));

        assertThat(feed.getComponents()).hasSize(2);
        var cancelled = (VEvent) feed.getComponents().get(0);
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "SUMMARY")).isEqualTo("Panel-Besprechung über " + MailFixtures.NICKNAME);
        assertThat(parse(format.feed(List.of(), Language.FR)).getComponents()).isEmpty();
    }
}
