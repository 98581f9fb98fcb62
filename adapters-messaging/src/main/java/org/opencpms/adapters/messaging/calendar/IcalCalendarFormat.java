package org.opencpms.adapters.messaging.calendar;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.calendar.CalendarFormat;
import org.opencpms.domain.user.Language;

/**
 * A user's calendar feed as an iCalendar document ({@code METHOD:PUBLISH}, named "OpenCPMS"), one event per entry
 * written by {@link MeetingEvents} with the UID and SEQUENCE of the meeting's invitations, the summary in the
 * reader's language naming the nickname only, and no attendee addresses.
 */
public final class IcalCalendarFormat implements CalendarFormat {

    private final String domain;
    private final BiFunction<Language, String, String> summary;

    /**
     * @param domain  the domain of the UIDs, the one invitations use
     * @param summary the summary of a meeting in a language, given the patient's nickname
     */
    public IcalCalendarFormat(String domain, BiFunction<Language, String, String> summary) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    @Override
    public String feed(List<CalendarEntry> entries, Language language) {
        var calendar = new Calendar().withProdId("-//OpenCPMS//Meetings//EN").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withProperty(new XProperty("X-WR-CALNAME", "OpenCPMS"))
                .getFluentTarget();
        for (var entry : entries) {
            calendar.add(MeetingEvents.of(new MeetingEvents.Meeting(entry.meeting().value().toString(),
                    entry.sequence(), entry.start(), entry.end(), summary.apply(language, entry.nickname()),
                    entry.video().toString(), entry.cancelled()), domain));
        }
        return calendar.toString();
    }
}
