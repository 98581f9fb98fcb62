package org.opencpms.domain.calendar;

import java.util.List;
import org.opencpms.domain.user.Language;

/**
 * Port: writes a feed of calendar entries as an iCalendar document (RFC 5545), in the reader's language, naming
 * nothing but what the entries hold.
 */
public interface CalendarFormat {

    String feed(List<CalendarEntry> entries, Language language);
}
