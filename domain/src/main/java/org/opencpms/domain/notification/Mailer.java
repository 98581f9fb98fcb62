package org.opencpms.domain.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Port: hands e-mails to the mail server. Invariant: the message carries only what the notification's topic
 * names (nickname, ERN codes, a meeting's start) and a link into the application, and the same Message-ID on every
 * try of the same notification.
 */
public interface Mailer {

    /**
     * Sends it; returns when the mail server accepted it.
     *
     * @throws MailNotSent when the server refused it or could not be reached (the caller retries later)
     */
    void send(Mail mail);

    /**
     * Sends each of {@code mails} in turn (over one connection to the mail server where the mailer can) and returns
     * those the server did not accept, each with why: a mail not in the answer was accepted. One mail's failure never
     * keeps the others from being tried, and none is sent twice.
     */
    default Map<NotificationId, MailNotSent> sendAll(List<Mail> mails) {
        var failed = new LinkedHashMap<NotificationId, MailNotSent>();
        for (var mail : mails) {
            try {
                send(mail);
            } catch (MailNotSent e) {
                failed.put(mail.id(), e);
            } catch (RuntimeException e) {
                failed.put(mail.id(), new MailNotSent(e.getClass().getSimpleName(), e));
            }
        }
        return failed;
    }
}
