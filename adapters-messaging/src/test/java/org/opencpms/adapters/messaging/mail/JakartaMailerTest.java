package org.opencpms.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.MailNotSent;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/** Jakarta Mail against GreenMail, a real SMTP server on a free port. */
class JakartaMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JakartaMailer mailer() {
        return new JakartaMailer(MailFixtures.session(SMTP.getSmtp().getPort()), MailFixtures.SETTINGS,
                new MailTemplates());
    }

    @Test
    void a_mail_is_multipart_text_and_html_in_the_recipients_language_with_a_link_to_the_panel() throws Exception {
        var mail = MailFixtures.mail(NotificationTopic.EXPERT_INVITED, Language.FR, "expert@hospital.example.fr");

        mailer().send(mail);

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        var message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("expert@hospital.example.fr");
        assertThat(message.getSubject()).isEqualTo("Invitation à un panel sur steady-heron-0042");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("https://cpms.example.eu/panels/" + mail.notification().panel());
    }

    @Test
    void every_try_of_one_notification_carries_the_same_message_id_derived_from_it() throws Exception {
        var mail = MailFixtures.mail(NotificationTopic.OUTCOME_FINALISED, Language.EN, "lead@hospital.example.de");
        var again = new Mail(mail.notification(), mail.to(), mail.language(), 2);

        mailer().send(mail);
        mailer().send(again);

        var ids = java.util.Arrays.stream(SMTP.getReceivedMessages()).map(JakartaMailerTest::messageId).toList();
        assertThat(ids).containsExactly("<" + mail.id() + "@cpms.example.eu>", "<" + mail.id() + "@cpms.example.eu>");
    }

    @Test
    void a_mail_carries_none_of_the_in_app_text_and_no_planted_identity() throws Exception {
        var planted = "Jane Mustermann 1961-04-12 HOSP-778812";
        var notification = MailFixtures.about(NotificationTopic.DATA_REQUESTED, planted);

        mailer().send(new Mail(notification, EmailAddress.of("hp@hospital.example.de"), Language.DE, 1));

        var raw = GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0]);
        for (var value : planted.split(" ")) {
            assertThat(raw).doesNotContain(value);
        }
        assertThat(raw).doesNotContain("In-app");
    }

    @Test
    void an_unreachable_server_is_reported_as_not_sent_without_the_address() {
        var mailer = new JakartaMailer(MailFixtures.session(1), MailFixtures.SETTINGS, new MailTemplates());
        var mail = MailFixtures.mail(NotificationTopic.COMMENT_POSTED, Language.EN, "secret.person@example.eu");

        assertThatThrownBy(() -> mailer.send(mail)).isInstanceOf(MailNotSent.class)
                .message().doesNotContain("secret.person");
    }

    @Test
    void a_batch_goes_over_one_smtp_connection_each_mail_once_with_its_own_message_id() throws Exception {
        var conversation = new java.io.ByteArrayOutputStream();
        var session = MailFixtures.session(SMTP.getSmtp().getPort());
        session.setDebugOut(new java.io.PrintStream(conversation, true, java.nio.charset.StandardCharsets.UTF_8));
        session.setDebug(true);
        var mailer = new JakartaMailer(session, MailFixtures.SETTINGS, new MailTemplates());
        var batch = java.util.stream.IntStream.range(0, 5).mapToObj(i -> MailFixtures.mail(
                NotificationTopic.MEETING_SCHEDULED, Language.DE, "batch" + i + "@hospital.example.de")).toList();

        assertThat(mailer.sendAll(batch)).isEmpty();

        assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).map(JakartaMailerTest::messageId))
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(mailer::messageId).toList());
        var smtp = conversation.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(smtp.split("\\nEHLO ", -1)).hasSize(2);
        assertThat(smtp.split("\\nDATA", -1)).hasSize(6);
    }

    @Test
    void an_unreachable_server_fails_the_whole_batch_without_naming_an_address() {
        var mailer = new JakartaMailer(MailFixtures.session(1), MailFixtures.SETTINGS, new MailTemplates());
        var batch = List.of(MailFixtures.mail(NotificationTopic.COMMENT_POSTED, Language.EN, "one.person@example.eu"),
                MailFixtures.mail(NotificationTopic.DATA_REQUESTED, Language.FR, "other.person@example.eu"));

        var failed = mailer.sendAll(batch);

        assertThat(failed).containsOnlyKeys(batch.get(0).id(), batch.get(1).id());
        assertThat(failed.values()).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("person"));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
