package org.opencpms.adapters.messaging.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Writes a notification's mail as a MIME message: {@code multipart/alternative}, plain text and HTML from
 * {@link MailTemplates} in the recipient's language ({@code Content-Language}) — for a meeting inside
 * {@code multipart/mixed} with its iCalendar entry ({@link MeetingCalendar}) — with the Message-ID
 * {@code <notification-id@domain>} on every try, its headers final ({@code saveChanges} done), ready to send.
 */
final class MimeMails {

    private final Session session;
    private final MailSettings settings;
    private final MailTemplates templates;

    MimeMails(Session session, MailSettings settings, MailTemplates templates) {
        this.session = session;
        this.settings = settings;
        this.templates = templates;
    }

    String messageId(org.opencpms.domain.notification.Mail mail) {
        return "<" + mail.id() + "@" + settings.messageIdDomain() + ">";
    }

    MimeMessage of(org.opencpms.domain.notification.Mail mail) throws MessagingException {
        var rendered = templates.render(mail, settings.link(mail.notification().aboutPanel()));
        var subject = rendered.subject();
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
        message.saveChanges();
        return message;
    }

    /**
     * The words and the meeting's calendar entry ({@link MeetingCalendar}) as {@code multipart/mixed}: the entry as
     * {@code text/calendar; method=...}, which mail clients offer to accept or apply, named {@code meeting.ics}.
     */
    private MimeMultipart withCalendar(MimeMultipart words, org.opencpms.domain.notification.Mail mail, String subject)
            throws MessagingException {
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
}
