/**
 * Calendar feeds over REST: a user issues and revokes their own feed
 * ({@link org.opencpms.adapters.rest.calendar.CalendarFeedResource}, {@code /api/users/{id}/calendar-feed}); calendar
 * clients read it without a bearer token at its secret address
 * ({@link org.opencpms.adapters.rest.calendar.CalendarFeedReadResource}, {@code /api/calendar-feeds/{secret}.ics}).
 */
package org.opencpms.adapters.rest.calendar;
