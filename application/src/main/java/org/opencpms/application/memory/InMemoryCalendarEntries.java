package org.opencpms.application.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** The calendar entries in memory, one per meeting with its attendees; an older change never replaces a newer. */
public final class InMemoryCalendarEntries implements CalendarEntries {

    private record Stored(CalendarEntry entry, Set<UserId> attendees) {
    }

    private final Map<MeetingId, Stored> entries = new HashMap<>();

    @Override
    public synchronized void save(CalendarEntry entry, Set<UserId> attendees) {
        var stored = entries.get(entry.meeting());
        if (stored == null || stored.entry().sequence() <= entry.sequence()) {
            entries.put(entry.meeting(), new Stored(entry, Set.copyOf(attendees)));
        }
    }

    @Override
    public synchronized List<CalendarEntry> of(UserId attendee, Instant endingAfter, int limit) {
        Require.page(0, limit);
        return entries.values().stream().filter(s -> s.attendees().contains(attendee))
                .map(Stored::entry).filter(e -> e.end().isAfter(endingAfter))
                .sorted(Comparator.comparing(CalendarEntry::start).thenComparing(e -> e.meeting().value()))
                .limit(limit).toList();
    }
}
