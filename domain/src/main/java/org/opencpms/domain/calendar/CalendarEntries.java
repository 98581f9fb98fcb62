package org.opencpms.domain.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opencpms.domain.shared.UserId;

/**
 * Port: the calendar entries of every meeting, by attendee. Kept from the meetings' committed changes, so an entry
 * always carries the SEQUENCE its last invitation carried. Never returns null.
 */
public interface CalendarEntries {

    /** Stores {@code entry} for {@code attendees}, replacing what was stored for its meeting. */
    void save(CalendarEntry entry, Set<UserId> attendees);

    /** The entries {@code attendee} attends that end after {@code endingAfter}, earliest start first, {@code limit} at most. */
    List<CalendarEntry> of(UserId attendee, Instant endingAfter, int limit);
}
