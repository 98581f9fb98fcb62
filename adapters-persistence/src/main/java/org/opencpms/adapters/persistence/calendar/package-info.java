/**
 * Calendars in the database: {@code calendar_entry} (one row per meeting and attendee, never replaced by an older
 * change) and {@code calendar_feed} (one secret digest per user).
 */
package org.opencpms.adapters.persistence.calendar;
