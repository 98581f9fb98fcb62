package org.opencpms.domain.notification;

/**
 * Port: hands one e-mail to the mail server. Invariant: the message carries only what the notification's topic
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
}
