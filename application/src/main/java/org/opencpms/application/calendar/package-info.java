/**
 * Calendar feeds: a user issues ({@link org.opencpms.application.calendar.IssueCalendarFeed}) and revokes
 * ({@link org.opencpms.application.calendar.RevokeCalendarFeed}) the secret address of their own feed; a calendar
 * client reads it with nothing but the secret ({@link org.opencpms.application.calendar.ReadCalendarFeed}). The
 * entries come from the meetings' committed changes ({@link org.opencpms.application.notification.NotifyParticipants}).
 */
package org.opencpms.application.calendar;
