/**
 * Calendars: each user's feed of the meetings they attend, read by calendar clients at a secret address.
 *
 * <p>Invariants: a {@link org.opencpms.domain.calendar.CalendarEntry} names a meeting by its id (the UID of its
 * calendar entry in every invitation and in the feed), the patient by nickname only, and carries the SEQUENCE of the
 * meeting's last change, the same one its invitation carried; a user has at most one feed, whose
 * {@link org.opencpms.domain.calendar.FeedSecret} is stored only as its digest and answers nothing once revoked.
 */
package org.opencpms.domain.calendar;
