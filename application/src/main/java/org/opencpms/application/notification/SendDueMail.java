package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.MailNotSent;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.Mailer;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.Users;

/**
 * The mail worker's use case: sends the e-mails of committed notifications, at least once each and, across every
 * node, by one worker at a time.
 *
 * <p>{@link #sendDue} claims a batch in a transaction of its own ({@link MailQueue#claim}, leased for {@link #LEASE})
 * and commits the claim before looking up the recipients ({@link #addressed}, a transaction of its own) and talking to
 * the mail server; it then sends the batch outside any transaction, over one connection, and records the whole
 * batch's outcome in one new transaction: each mail sent, or failed and due again after the {@link MailRetries}
 * delay, or dead after the last attempt. A crash after the server accepted mails and
 * before the batch's sent-marks commit sends each of them once more when the lease ends, with the same Message-ID:
 * at most one duplicate per mail, which mail clients collapse. A recipient no longer registered gets nothing: the mail
 * is dead at once. Failures are recorded by cause only, never with the mail's content or address.
 */
@ApplicationScoped
public class SendDueMail {

    /** How long a claim keeps other workers off a mail: longer than any SMTP conversation takes. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;
    /**
     * How long one tick goes on claiming while full batches come back, so that a backlog drains at the mail server's
     * pace rather than at one batch per tick; shorter than a deployment waits for a tick in flight to end.
     */
    static final Duration TICK_BUDGET = Duration.ofSeconds(10);

    private final MailQueue queue;
    private final Users users;
    private final Mailer mailer;
    private final MailRetries retries;
    private final Clock clock;
    private final MeetingAttendees attendees;

    @Inject
    public SendDueMail(MailQueue queue, Users users, Mailer mailer, MailRetries retries, Clock clock, Panels panels) {
        this.attendees = new MeetingAttendees(panels, users);
        this.queue = queue;
        this.users = users;
        this.mailer = mailer;
        this.retries = retries;
        this.clock = clock;
    }

    /**
     * Claims the mails due now, at most {@value #BATCH}, and commits the claim at once: the rows are locked only for
     * as long as claiming takes, so that another worker waits briefly (nothing else is read meanwhile).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<MailQueue.Claimed> claim() {
        var now = clock.instant();
        return queue.claim(now, now.plus(LEASE), BATCH);
    }

    /**
     * The claimed mails with their recipients' address and language (and, about a meeting, its attendees' addresses);
     * the mail of a recipient no longer registered is dead at once.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Mail> addressed(List<MailQueue.Claimed> claimed) {
        var now = clock.instant();
        var mails = new ArrayList<Mail>();
        var attendeesOf = attendees.remembering();
        for (var one : claimed) {
            var user = users.find(one.notification().recipient());
            if (user.isEmpty()) {
                queue.failed(one.notification().id(), "recipient not registered", now, null);
            } else {
                mails.add(new Mail(one.notification(), user.get().email(), user.get().language(), one.attempt(),
                        attendeesOf.apply(one.notification())));
            }
        }
        return mails;
    }

    /**
     * Hands the batch to the mail server, outside any transaction (over one connection, {@link Mailer#sendAll});
     * returns the mails not accepted, each with why.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public Map<NotificationId, MailNotSent> send(List<Mail> batch) {
        return mailer.sendAll(batch);
    }

    /** The worker's clock, which bounds a tick ({@link #TICK_BUDGET}). */
    @Transactional(TxType.SUPPORTS)
    public Instant now() {
        return clock.instant();
    }

    /**
     * Records the batch's outcome in one transaction: the accepted mails sent, each failed one pending again after
     * its {@link MailRetries} delay, or dead after its last attempt.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void settle(List<Mail> batch, Map<NotificationId, MailNotSent> failed) {
        var now = clock.instant();
        var accepted = batch.stream().map(Mail::id).filter(id -> !failed.containsKey(id)).toList();
        if (!accepted.isEmpty()) {
            queue.sent(accepted, now);
        }
        for (var mail : batch) {
            var failure = failed.get(mail.id());
            if (failure != null) {
                queue.failed(mail.id(), reason(failure), now, retries.retryAt(mail.attempt(), now).orElse(null));
            }
        }
    }

    /**
     * Sends every mail due now, a batch of at most {@value #BATCH} after another while full batches come back, for at
     * most {@link #TICK_BUDGET} (each step through {@code worker}, the CDI proxy, so that each gets its transaction).
     *
     * @return how many the mail server accepted
     */
    public static int sendDue(SendDueMail worker) {
        var deadline = worker.now().plus(TICK_BUDGET);
        int sent = 0;
        List<MailQueue.Claimed> claimed;
        do {
            claimed = worker.claim();
            sent += claimed.isEmpty() ? 0 : sendEach(worker, worker.addressed(claimed));
        } while (claimed.size() == BATCH && worker.now().isBefore(deadline));
        return sent;
    }

    private static int sendEach(SendDueMail worker, List<Mail> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        var failed = worker.send(batch);
        worker.settle(batch, failed);
        return batch.size() - failed.size();
    }

    private static String reason(MailNotSent e) {
        var text = e.getMessage();
        return text == null || text.isBlank() ? "not accepted" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
