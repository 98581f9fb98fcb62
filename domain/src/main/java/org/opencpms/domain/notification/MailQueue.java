package org.opencpms.domain.notification;

import java.time.Instant;
import java.util.List;

/**
 * Port: the e-mails still to send, one per notification delivered on an e-mail channel (queued by
 * {@link Notifications#deliver} in the same transaction), each pending, sent or dead.
 *
 * <p>Invariants: {@link #claim} hands a pending mail to one caller at a time across every node — claiming sets a
 * lease until which nobody else can claim it and counts the attempt — so two mail workers never send the same mail
 * concurrently; a worker that dies mid-try leaves the mail to be claimed again when the lease ends. A sent mail is
 * never claimed again; a dead one only after an operator's {@link #retry}.
 */
public interface MailQueue {

    /** A claimed mail: the notification and its attempt number, this one included. */
    record Claimed(Notification notification, int attempt) {
    }

    /** Claims up to {@code limit} pending mails due at {@code now} and not leased, leasing them until {@code until}. */
    List<Claimed> claim(Instant now, Instant until, int limit);

    /** The mails of these notifications were accepted by the mail server at {@code at} (one batch: one statement). */
    void sent(List<NotificationId> ids, Instant at);

    /** The try failed at {@code at}: pending again from {@code retryAt}, or dead when {@code retryAt} is null. */
    void failed(NotificationId id, String reason, Instant at, Instant retryAt);

    /** A page of the dead mails, the latest failed first. */
    List<DeadMail> dead(int offset, int limit);

    /** Makes a dead mail pending again, due at {@code now}, with its attempts counted afresh; false unless dead. */
    boolean retry(NotificationId id, Instant now);
}
