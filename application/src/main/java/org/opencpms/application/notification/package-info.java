/**
 * Notifications: {@link org.opencpms.application.notification.NotifyParticipants} turns committed
 * panel and access-request events into notifications, and
 * {@link org.opencpms.application.notification.ReadInbox} shows a user their own in-app inbox.
 *
 * <p>Invariants kept here: a notification goes to the people the event concerns, on the channel each
 * chose for its kind, never on {@code NONE}; its subject and body name the panel by id and the
 * patient by nickname only, never by identifying data; a user reads only their own inbox.
 */
package org.opencpms.application.notification;
