package org.opencpms.adapters.persistence.calendar;

import org.opencpms.application.memory.InMemoryCalendarEntries;
import org.opencpms.application.memory.InMemoryCalendarFeeds;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarFeeds;

class InMemoryCalendarsTest extends CalendarsContract {

    private final InMemoryCalendarEntries entries = new InMemoryCalendarEntries();
    private final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();

    @Override
    protected CalendarEntries entries() {
        return entries;
    }

    @Override
    protected CalendarFeeds feeds() {
        return feeds;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
