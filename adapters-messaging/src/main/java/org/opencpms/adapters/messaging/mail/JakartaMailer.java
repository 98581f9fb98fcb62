package org.opencpms.adapters.messaging.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.MailNotSent;
import org.opencpms.domain.notification.Mailer;

/**
 * Sends mails over SMTP with Jakarta Mail, from a mail session (WildFly's {@code java:jboss/mail/OpenCpms}, whose
 * host, port, STARTTLS/TLS and credentials the server configuration sets).
 *
 * <p>Each mail is {@code multipart/alternative}: plain text and HTML from {@link MailTemplates}, in the recipient's
 * language ({@code Content-Language}) — for a meeting inside {@code multipart/mixed} with its iCalendar entry
 * ({@link MeetingCalendar}) — with the Message-ID {@code <notification-id@domain>} on every try, so a mail
 * sent twice (a crash after the server accepted it, before it was marked sent) is collapsed by mail clients. A
 * failure becomes {@link MailNotSent} whose reason never names an address.
 */
public final class JakartaMailer implements Mailer {

    private static final Pattern ADDRESS = Pattern.compile("\\S+@\\S+");

    private final Session session;
    private final MailSettings settings;
    private final MailTemplates templates;

    public JakartaMailer(Session session, MailSettings settings, MailTemplates templates) {
        this.session = Objects.requireNonNull(session, "session");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.templates = Objects.requireNonNull(templates, "templates");
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
        return "<" + mail.id() + "@" + settings.messageIdDomain() + ">";
    }

    @Override
    public void send(Mail mail) {
        var rendered = templates.render(mail, settings.link(mail.notification().aboutPanel()));
        var subject = rendered.subject();
        try {
            var message = new StableIdMessage(session, messageId(mail));
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to().value()));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Content-Language", mail.language().code());
            message.setHeader("Auto-Submitted", "auto-generated");
            var text = new MimeBodyPart();
            text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
            var html = new MimeBodyPart();
            html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
            var words = new MimeMultipart("alternative", text, html);
            message.setContent(mail.notification().topic().aboutMeeting() ? withCalendar(words, mail, subject) : words);
            if (settings.username() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.username(), settings.password());
            }
        } catch (MessagingException e) {
            throw new MailNotSent(reason(e), e);
        }
    }

    /**
     * The words and the meeting's calendar entry ({@link MeetingCalendar}) as {@code multipart/mixed}: the entry as
     * {@code text/calendar; method=...}, which mail clients offer to accept or apply, named {@code meeting.ics}.
     */
    private MimeMultipart withCalendar(MimeMultipart words, Mail mail, String subject) throws MessagingException {
        var alternative = new MimeBodyPart();
        alternative.setContent(words);
        var calendar = new MimeBodyPart();
        var method = MeetingCalendar.method(mail.notification().topic());
        try {
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(MeetingCalendar.of(mail, settings, subject),
                    "text/calendar; charset=UTF-8; method=" + method)));
        } catch (java.io.IOException e) {
            throw new MessagingException("calendar entry not written", e);
        }
        calendar.setFileName("meeting.ics");
        return new MimeMultipart("mixed", alternative, calendar);
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
