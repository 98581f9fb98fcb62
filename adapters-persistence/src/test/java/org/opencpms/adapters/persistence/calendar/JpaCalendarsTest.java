package org.opencpms.adapters.persistence.calendar;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarFeeds;

@OnEveryEngine
class JpaCalendarsTest extends CalendarsContract {

    private final JpaTestDatabase database;
    private final JpaCalendarEntries entries;
    private final JpaCalendarFeeds feeds;

    JpaCalendarsTest(JpaTestDatabase database) {
        this.database = database;
        entries = new JpaCalendarEntries(database.entityManager());
        feeds = new JpaCalendarFeeds(database.entityManager());
    }

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
        database.inTransaction(work);
    }
}
