package org.opencpms.application.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.notification.Notifications;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * How {@link NotifyParticipants} delivers: to each recipient on the channel they chose for the topic's kind, to
 * nobody on {@code NONE} or who is not a user; about a panel, naming the patient by nickname only.
 */
final class Deliveries {

    private final Users users;
    private final Panels panels;
    private final Patients patients;
    private final Notifications notifications;

    Deliveries(Users users, Panels panels, Patients patients, Notifications notifications) {
        this.users = users;
        this.panels = panels;
        this.patients = patients;
        this.notifications = notifications;
    }

    /** The nickname of the patient of the panel. */
    String nicknameIn(PanelId panel) {
        return patients.get(panels.get(panel).patient()).nickname().value();
    }

    /**
     * Notifies those {@code recipients} picks from the panel; the subject is followed by the panel id,
     * {@code bodyTemplate} gets the panel id and the patient's nickname, in this order; the facts are the nickname
     * and, for a {@code meeting}, what its calendar entry needs ({@link MeetingFacts}).
     */
    void aboutPanel(PanelId panelId, Function<Panel, Collection<UserId>> recipients, NotificationTopic topic,
                            String subject, String bodyTemplate, MeetingId meeting, Instant at) {
        Panel panel = panels.get(panelId);
        var nickname = patients.get(panel.patient()).nickname().value();
        var body = bodyTemplate.formatted(panelId, nickname);
        var facts = meeting == null ? Map.of(Facts.NICKNAME, nickname) : MeetingFacts.of(panel, meeting, nickname, at);
        recipients.apply(panel).forEach(r -> notify(r, topic, facts, subject + " " + panelId, body, panelId, at));
    }

    void notify(UserId recipient, NotificationTopic topic, Map<String, String> facts, String subject,
                        String body, PanelId panel, Instant at) {
        users.find(recipient).ifPresent(user -> notify(user, topic, facts, subject, body, panel, at));
    }

    void notify(User recipient, NotificationTopic topic, Map<String, String> facts, String subject,
                        String body, PanelId panel, Instant at) {
        var channel = recipient.channelFor(topic.kind());
        if (channel != NotificationChannel.NONE) {
            notifications.deliver(Notification.of(recipient.id(), topic, channel, facts, subject, body, panel, at));
        }
    }
}
