/**
 * Notifications to users: invitations, comments, data requests, meetings, outcomes, access
 * decisions, delivered in-app, by e-mail, or both, as each user chose.
 *
 * <p>Invariants: a notification has one recipient and goes out on the channel the recipient chose
 * for its kind (never on {@code NONE}); its subject and body never carry identifying patient data
 * (they name panels and patients by id and nickname only); delivery happens only for committed
 * changes (the delivering adapter observes committed events or an outbox).
 */
package org.opencpms.domain.notification;
