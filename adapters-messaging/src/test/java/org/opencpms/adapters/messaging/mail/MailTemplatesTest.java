package org.opencpms.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void every_topic_has_its_own_words_in_every_language_naming_its_facts_and_the_link() {
        for (var language : Language.values()) {
            for (var topic : NotificationTopic.values()) {
                var words = templates.render(MailFixtures.mail(topic, language, "a@example.eu"), "https://x.example/p");

                assertThat(words.subject()).doesNotContain("{{").isNotBlank();
                assertThat(words.text()).doesNotContain("{{").contains("https://x.example/p");
                assertThat(words.html()).contains("<html lang=\"" + language.code() + "\"")
                        .contains("href=\"https://x.example/p\"");
                if (topic.facts().contains("nickname")) {
                    assertThat(words.subject() + words.text()).contains(MailFixtures.NICKNAME);
                }
            }
        }
    }

    @Test
    void the_recipients_language_chooses_the_words() {
        var mail = MailFixtures.mail(NotificationTopic.MEETING_SCHEDULED, Language.DE, "a@example.eu");
        var french = MailFixtures.mail(NotificationTopic.MEETING_SCHEDULED, Language.FR, "a@example.eu");

        assertThat(templates.render(mail, "l").subject()).isEqualTo("Besprechung angesetzt: Panel über steady-heron-0042");
        assertThat(templates.render(mail, "l").text()).contains("2026-06-03 14:30 UTC").contains("In OpenCPMS öffnen");
        assertThat(templates.render(french, "l").subject()).isEqualTo("Réunion planifiée : panel sur steady-heron-0042");
        assertThat(templates.render(french, "l").text()).contains("a été planifiée pour le").doesNotContain("Besprechung");
    }

    @Test
    void values_are_escaped_in_the_html_body() {
        var notification = Notification.of(UserId.random(), NotificationTopic.ACCESS_ACCEPTED, NotificationChannel.EMAIL,
                Map.of("ern", "<script>alert(1)</script>"), "s", "b", null, MailFixtures.AT);
        var words = templates.render(new Mail(notification, EmailAddress.of("a@example.eu"), Language.EN, 1),
                "https://x.example/?a=1&b=2");

        assertThat(words.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;b");
        assertThat(words.text()).contains("<script>alert(1)</script>");
    }
}
