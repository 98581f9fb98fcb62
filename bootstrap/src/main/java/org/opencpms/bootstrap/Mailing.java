package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.messaging.mail.JakartaMailer;
import org.opencpms.adapters.messaging.mail.LoggingMailer;
import org.opencpms.application.notification.RemindOfMeetings;
import org.opencpms.application.notification.SendDueMail;
import org.opencpms.domain.notification.MailRetries;
import org.opencpms.domain.notification.Mailer;
import org.opencpms.domain.notification.ReminderLead;

/**
 * The e-mail side of the composition root: the {@link Mailer} (Jakarta Mail over WildFly's mail session
 * {@value #SESSION}, configured by {@code configure.cli}), the {@link MailRetries} and the meeting {@link ReminderLead},
 * from {@link MailConfiguration}; the ticks of the mail worker and the reminder worker, which {@link StartUp} schedules.
 *
 * <p>Training mode never mails outside: its mailer is the real one only when an SMTP host is configured explicitly
 * and is this machine (a local catch-all such as GreenMail or MailHog; not the default {@code localhost}, which may be
 * a relaying mail server), else {@link LoggingMailer}, which sends nothing.
 */
@ApplicationScoped
public class Mailing {

    static final String SESSION = "java:jboss/mail/OpenCpms";
    /**
     * How many mail workers each node runs: two, so that one sends over its SMTP connection while the other claims
     * or records its batch; each claims its own batches ({@link org.opencpms.domain.notification.MailQueue#claim} hands
     * a mail to one worker across every node), so each mail is still sent by one worker at a time.
     */
    static final int SENDERS = 2;
    private static final Logger LOG = Logger.getLogger(Mailing.class.getName());

    @Produces
    @Singleton
    Mailer mailer(Configuration configuration) {
        var mail = MailConfiguration.ofDeployment();
        if (configuration.trainingMode() && !mail.smtpHost().filter(Mailing::isLocal).isPresent()) {
            LOG.info(() -> "TRAINING MODE: e-mails are logged, not sent (no local catch-all SMTP host configured in "
                    + MailConfiguration.SMTP_HOST + ")");
            return new LoggingMailer();
        }
        return JakartaMailer.ofServerSession(SESSION, mail.settings());
    }

    @Produces
    @Singleton
    MailRetries mailRetries() {
        return MailConfiguration.ofDeployment().retries();
    }

    @Produces
    @Singleton
    ReminderLead reminderLead() {
        return MailConfiguration.ofDeployment().reminderLead();
    }

    /** One tick of the reminder worker: gives the meeting reminders due; a failure is logged and retried next tick. */
    static void remindQuietly(RemindOfMeetings worker) {
        try {
            RemindOfMeetings.remindDue(worker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meeting reminder tick failed: " + e.getClass().getSimpleName());
        }
    }

    /** One tick of the mail worker: sends what is due; a failure is logged by its kind and retried next tick. */
    static void sendQuietly(SendDueMail worker) {
        try {
            SendDueMail.sendDue(worker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail worker tick failed: " + e.getClass().getSimpleName());
        }
    }

    static boolean isLocal(String host) {
        try {
            var address = InetAddress.getByName(host);
            return address.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
