package org.opencpms.adapters.messaging.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.MailNotSent;
import org.opencpms.domain.notification.Mailer;
import org.opencpms.domain.notification.NotificationId;

/**
 * Sends mails over SMTP with Jakarta Mail, from a mail session (WildFly's {@code java:jboss/mail/OpenCpms}, whose
 * host, port, STARTTLS/TLS and credentials the server configuration sets), each written by {@link MimeMails}.
 *
 * <p>{@link #sendAll} sends a batch over one SMTP connection (one {@code Transport}, connected once): a mail the
 * server refuses fails alone; a connection the server dropped is opened again for the next mail; a server that
 * cannot be reached fails the rest of the batch at once, to be retried later. A failure becomes {@link MailNotSent}
 * whose reason never names an address.
 */
public final class JakartaMailer implements Mailer {

    private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+");

    private final Session session;
    private final MailSettings settings;
    private final MimeMails messages;

    public JakartaMailer(Session session, MailSettings settings, MailTemplates templates) {
        this.session = Objects.requireNonNull(session, "session");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = new MimeMails(session, settings, Objects.requireNonNull(templates, "templates"));
    }

    /** The mailer of the server's mail session bound at {@code jndiName}. */
    public static JakartaMailer ofServerSession(String jndiName, MailSettings settings) {
        try {
            return new JakartaMailer(InitialContext.doLookup(jndiName), settings, new MailTemplates());
        } catch (NamingException e) {
            throw new IllegalStateException("no mail session " + jndiName + " in the server", e);
        }
    }

    /** The Message-ID of a notification's mail. */
    public String messageId(Mail mail) {
        return messages.messageId(mail);
    }

    @Override
    public void send(Mail mail) {
        var failed = sendAll(List.of(mail));
        if (!failed.isEmpty()) {
            throw failed.values().iterator().next();
        }
    }

    @Override
    public Map<NotificationId, MailNotSent> sendAll(List<Mail> mails) {
        var failed = new LinkedHashMap<NotificationId, MailNotSent>();
        Transport transport = null;
        try {
            for (int i = 0; i < mails.size(); i++) {
                var mail = mails.get(i);
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = connected();
                    } catch (MessagingException e) {
                        var unreachable = new MailNotSent(reason(e), e);
                        mails.subList(i, mails.size()).forEach(rest -> failed.put(rest.id(), unreachable));
                        return failed;
                    }
                }
                try {
                    var message = messages.of(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    failed.put(mail.id(), new MailNotSent(reason(e), e));
                } catch (RuntimeException e) {
                    failed.put(mail.id(), new MailNotSent(e.getClass().getSimpleName(), e));
                }
            }
            return failed;
        } finally {
            close(transport);
        }
    }

    /** A connection to the session's SMTP server (the transport of Internet addresses), with its credentials if any. */
    private Transport connected() throws MessagingException {
        var transport = session.getTransport(new InternetAddress(settings.from()));
        if (settings.username() == null) {
            transport.connect();
        } else {
            transport.connect(settings.username(), settings.password());
        }
        return transport;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails are sent or failed already; a connection that does not close cleanly changes neither
            }
        }
    }

    private static String reason(MessagingException e) {
        var cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        var next = e.getNextException();
        if (next != null && next.getMessage() != null) {
            cause = cause + ": " + next.getMessage();
        }
        return ADDRESS.matcher(cause.strip()).replaceAll("<address>");
    }
}
