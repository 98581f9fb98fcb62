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
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.MailNotSent;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.Mailer;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.Users;

/**
 * The mail worker's use case: sends the e-mails of committed notifications, at least once each and, across every
 * node, by one worker at a time.
 *
 * <p>{@link #sendDue} claims a batch in a transaction of its own ({@link MailQueue#claim}, leased for {@link #LEASE})
 * and commits the claim before talking to the mail server; it then sends each mail outside any transaction and
 * records the outcome in a new transaction: sent, or failed and due again after the {@link MailRetries} delay, or
 * dead after the last attempt. A crash after the server accepted a mail and before the sent-mark commits sends it
 * once more when the lease ends, with the same Message-ID. A recipient no longer registered gets nothing: the mail
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
     * Claims the mails due now, at most {@value #BATCH}, with their recipients' address and language (and, about a
     * meeting, its attendees' addresses).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Mail> claim() {
        var now = clock.instant();
        var mails = new ArrayList<Mail>();
        for (var claimed : queue.claim(now, now.plus(LEASE), BATCH)) {
            var user = users.find(claimed.notification().recipient());
            if (user.isEmpty()) {
                queue.failed(claimed.notification().id(), "recipient not registered", now, null);
            } else {
                mails.add(new Mail(claimed.notification(), user.get().email(), user.get().language(),
                        claimed.attempt(), attendees.of(claimed.notification())));
            }
        }
        return mails;
    }

    /** Hands the mail to the mail server, outside any transaction; throws {@link MailNotSent} if not accepted. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void send(Mail mail) {
        mailer.send(mail);
    }

    /** The worker's clock, which bounds a tick ({@link #TICK_BUDGET}). */
    @Transactional(TxType.SUPPORTS)
    public Instant now() {
        return clock.instant();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(Mail mail) {
        queue.sent(mail.id(), clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(Mail mail, String reason) {
        var now = clock.instant();
        queue.failed(mail.id(), reason, now, retries.retryAt(mail.attempt(), now).orElse(null));
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
        List<Mail> batch;
        do {
            batch = worker.claim();
            sent += sendEach(worker, batch);
        } while (batch.size() == BATCH && worker.now().isBefore(deadline));
        return sent;
    }

    private static int sendEach(SendDueMail worker, List<Mail> batch) {
        int sent = 0;
        for (var mail : batch) {
            try {
                worker.send(mail);
            } catch (RuntimeException e) {
                worker.failed(mail, reason(e));
                continue;
            }
            worker.sent(mail);
            sent++;
        }
        return sent;
    }

    private static String reason(RuntimeException e) {
        var text = e instanceof MailNotSent ? e.getMessage() : e.getClass().getSimpleName();
        return text == null ? e.getClass().getSimpleName() : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
