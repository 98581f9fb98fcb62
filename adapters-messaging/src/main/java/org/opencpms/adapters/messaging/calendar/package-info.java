/**
 * iCalendar (RFC 5545) with ical4j: {@link org.opencpms.adapters.messaging.calendar.MeetingEvents} writes a meeting's
 * VEVENT the same way for its invitations and for the feeds, so that calendars merge the two (same UID, same
 * SEQUENCE); {@link org.opencpms.adapters.messaging.calendar.IcalCalendarFormat} writes a user's feed
 * ({@code METHOD:PUBLISH}).
 *
 * <p>Invariants: an event names the patient by nickname only, never identifying data or clinical text.
 */
package org.opencpms.adapters.messaging.calendar;
