package org.opencpms.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void a_notification_goes_to_one_user_on_a_chosen_channel() {
        var panel = PanelId.random();
        var n = new Notification(UserId.random(), NotificationKind.INVITATION, NotificationChannel.EMAIL,
                " Invitation ", " You are invited ", panel, NOW);

        assertThat(n.subject()).isEqualTo("Invitation");
        assertThat(n.body()).isEqualTo("You are invited");
        assertThat(n.aboutPanel()).contains(panel);
    }

    @Test
    void a_notification_the_user_opted_out_of_is_never_built() {
        assertThatThrownBy(() -> new Notification(UserId.random(), NotificationKind.COMMENT, NotificationChannel.NONE,
                "s", "b", null, NOW)).extracting("code").isEqualTo("notification-channel.invalid");
    }

    @Test
    void subject_and_body_are_bounded() {
        var user = UserId.random();
        assertThat(new Notification(user, NotificationKind.COMMENT, NotificationChannel.IN_APP, "s".repeat(200), "b", null, NOW)
                .aboutPanel()).isEmpty();
        assertThatThrownBy(() -> new Notification(user, NotificationKind.COMMENT, NotificationChannel.IN_APP,
                "s".repeat(201), "b", null, NOW)).extracting("code").isEqualTo("notification-subject.invalid");
        assertThatThrownBy(() -> new Notification(user, NotificationKind.COMMENT, NotificationChannel.IN_APP,
                "s", "b".repeat(4001), null, NOW)).extracting("code").isEqualTo("notification-body.invalid");
        assertThatThrownBy(() -> new Notification(user, NotificationKind.COMMENT, NotificationChannel.IN_APP,
                "s", "b", null, null)).extracting("code").isEqualTo("notification-at.invalid");
    }
}
