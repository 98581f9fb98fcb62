package org.opencpms.adapters.rest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

class NotificationJsonTest {

    @Test
    void a_notification_becomes_its_json_field_by_field() {
        var panel = PanelId.random();
        var notification = new Notification(UserId.random(), NotificationKind.INVITATION, NotificationChannel.BOTH,
                "Invitation " + panel, "You are invited to panel " + panel + " about nimble-okapi-0427.", panel,
                Instant.parse("2025-05-01T12:00:00Z"));

        assertThat(NotificationJson.of(notification)).isEqualTo(new NotificationJson("INVITATION", "BOTH",
                "Invitation " + panel, "You are invited to panel " + panel + " about nimble-okapi-0427.",
                panel.value().toString(), Instant.parse("2025-05-01T12:00:00Z")));
    }

    @Test
    void a_notification_about_no_panel_has_no_panel() {
        var notification = new Notification(UserId.random(), NotificationKind.ACCESS_DECISION, NotificationChannel.IN_APP,
                "Access granted", "Your access request for ERKNet was accepted.", null, Instant.EPOCH);

        assertThat(NotificationJson.of(notification).panel()).isNull();
    }
}
