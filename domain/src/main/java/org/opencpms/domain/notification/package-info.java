/**
 * Notifications to users: invitations, comments, data requests, meetings, outcomes, access
 * decisions, delivered in-app, by e-mail, or both, as each user chose.
 *
 * <p>Invariants: a notification has one recipient and goes out on the channel the recipient chose
 * for its kind (never on {@code NONE}); its subject and body never carry identifying patient data
 * (they name panels and patients by id and nickname only); delivery happens only for committed
 * changes (the delivering adapter observes committed events or an outbox). Only a notification's read state
 * changes, and only its recipient changes it.
 *
 * <p>E-mail: a notification on an e-mail channel is queued in the {@link org.opencpms.domain.notification.MailQueue}
 * in the transaction that keeps it; a mail worker claims it (one worker per mail across nodes, by lease), sends it
 * through the {@link org.opencpms.domain.notification.Mailer} in the recipient's language with a Message-ID derived
 * from the notification id, and marks it sent; a failed try is retried after a growing delay
 * ({@link org.opencpms.domain.notification.MailRetries}) and, after the last, the mail is dead until an operator
 * retries it.
 */
package org.opencpms.domain.notification;
