package org.opencpms.adapters.rest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;

class NotificationJsonTest {

    @Test
    void a_notification_becomes_its_json_field_by_field() {
        var panel = PanelId.random();
        var id = NotificationId.random();
        var notification = new Notification(id, UserId.random(), NotificationTopic.EXPERT_INVITED,
                NotificationChannel.BOTH, Map.of("nickname", "nimble-okapi-0427"), "Invitation " + panel,
                "You are invited to panel " + panel + " about nimble-okapi-0427.", panel,
                Instant.parse("2025-05-01T12:00:00Z"), Instant.parse("2025-05-01T13:00:00Z"));

        assertThat(NotificationJson.of(notification)).isEqualTo(new NotificationJson(id.toString(), "INVITATION",
                "EXPERT_INVITED", "BOTH", "Invitation " + panel,
                "You are invited to panel " + panel + " about nimble-okapi-0427.", panel.value().toString(),
                Instant.parse("2025-05-01T12:00:00Z"), true, Instant.parse("2025-05-01T13:00:00Z")));
    }

    @Test
    void a_notification_about_no_panel_has_no_panel_and_unread_no_read_time() {
        var notification = Notification.of(UserId.random(), NotificationTopic.ACCESS_ACCEPTED,
                NotificationChannel.IN_APP, Map.of("ern", "ERKNet"), "Access granted",
                "Your access request for ERKNet was accepted.", null, Instant.EPOCH);

        var json = NotificationJson.of(notification);
        assertThat(json.panel()).isNull();
        assertThat(json.read()).isFalse();
        assertThat(json.readAt()).isNull();
    }
}
