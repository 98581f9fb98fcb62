package org.opencpms.adapters.messaging.mail;

import java.util.logging.Logger;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.Mailer;

/**
 * The training mode's mailer when no local catch-all SMTP server is configured: sends nothing outside, logs that a
 * mail would have gone (notification id, topic and language only: no address, no content).
 */
public final class LoggingMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LoggingMailer.class.getName());

    @Override
    public void send(Mail mail) {
        LOG.info(() -> "training mode: mail for notification " + mail.id() + " (" + mail.notification().topic() + ", "
                + mail.language().code() + ") not sent outside");
    }
}
