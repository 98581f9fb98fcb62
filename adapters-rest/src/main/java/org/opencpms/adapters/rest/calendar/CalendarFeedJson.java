package org.opencpms.adapters.rest.calendar;

/** The answer to issuing a calendar feed: its secret address, to give to a calendar client; shown once. */
public record CalendarFeedJson(String url) {
}
