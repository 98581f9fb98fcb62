package org.opencpms.adapters.messaging.mail;

import jakarta.mail.Session;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.opencpms.domain.notification.Mail;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;

/** Notifications of every topic and a mail session to a test SMTP server. */
final class MailFixtures {

    static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
    static final String NICKNAME = "steady-heron-0042";
    static final MailSettings SETTINGS = new MailSettings("OpenCPMS <no-reply@cpms.example.eu>",
            URI.create("https://cpms.example.eu/"), "cpms.example.eu");

    private MailFixtures() {
    }

    /** Every fact its topic names, planted text in the in-app subject and body (which no mail may carry). */
    static Notification about(NotificationTopic topic, String plantedInBody) {
        var facts = new java.util.HashMap<String, String>();
        for (var fact : topic.facts()) {
            facts.put(fact, switch (fact) {
                case Facts.NICKNAME -> NICKNAME;
                case Facts.START -> "2026-06-03T14:30:00Z";
                case Facts.END -> "2026-06-03T15:30:00Z";
                case Facts.MEETING_ID -> "6f0c1e7a-2b6d-4c55-9a3e-0c6f3f0b9d11";
                case Facts.SEQUENCE -> "200000000";
                case Facts.FROM_ERN -> "ERKNet";
                case Facts.TO_ERN -> "ERN-EYE";
                default -> "ERKNet";
            });
        }
        if (topic.aboutMeeting()) {
            facts.put(Facts.VIDEO, "https://meet.example.eu/panel-4711");
        }
        return Notification.of(UserId.random(), topic, NotificationChannel.BOTH, Map.copyOf(facts),
                "In-app subject " + plantedInBody, "In-app body " + plantedInBody, PanelId.random(), AT);
    }

    static Mail mail(NotificationTopic topic, Language language, String to) {
        return new Mail(about(topic, "nothing"), EmailAddress.of(to), language, 1);
    }

    static Session session(int port) {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return Session.getInstance(properties);
    }
}
