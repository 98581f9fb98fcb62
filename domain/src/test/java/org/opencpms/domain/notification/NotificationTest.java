package org.opencpms.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Map<String, String> NICKNAME = Map.of(Facts.NICKNAME, "steady-heron-0042");

    private static Notification comment(UserId to, String subject, String body, Instant at) {
        return Notification.of(to, NotificationTopic.COMMENT_POSTED, NotificationChannel.IN_APP, NICKNAME, subject,
                body, null, at);
    }

    @Test
    void a_notification_goes_to_one_user_on_a_chosen_channel_unread() {
        var panel = PanelId.random();
        var n = Notification.of(UserId.random(), NotificationTopic.EXPERT_INVITED, NotificationChannel.EMAIL, NICKNAME,
                " Invitation ", " You are invited ", panel, NOW);

        assertThat(n.subject()).isEqualTo("Invitation");
        assertThat(n.body()).isEqualTo("You are invited");
        assertThat(n.aboutPanel()).contains(panel);
        assertThat(n.kind()).isEqualTo(NotificationKind.INVITATION);
        assertThat(n.read()).isFalse();
        assertThat(n.complete()).isTrue();
    }

    @Test
    void a_notification_the_user_opted_out_of_is_never_built() {
        assertThatThrownBy(() -> Notification.of(UserId.random(), NotificationTopic.COMMENT_POSTED,
                NotificationChannel.NONE, NICKNAME, "s", "b", null, NOW))
                .extracting("code").isEqualTo("notification-channel.invalid");
    }

    @Test
    void subject_and_body_are_bounded() {
        var user = UserId.random();
        assertThat(comment(user, "s".repeat(200), "b", NOW).aboutPanel()).isEmpty();
        assertThatThrownBy(() -> comment(user, "s".repeat(201), "b", NOW))
                .extracting("code").isEqualTo("notification-subject.invalid");
        assertThatThrownBy(() -> comment(user, "s", "b".repeat(4001), NOW))
                .extracting("code").isEqualTo("notification-body.invalid");
        assertThatThrownBy(() -> comment(user, "s", "b", null)).extracting("code").isEqualTo("notification-at.invalid");
    }

    @Test
    void a_notification_names_no_fact_its_topic_does_not_name() {
        assertThatThrownBy(() -> Notification.of(UserId.random(), NotificationTopic.ACCESS_ACCEPTED,
                NotificationChannel.BOTH, Map.of(Facts.ERN, "ERKNet", "name", "Jane Doe"), "s", "b", null, NOW))
                .extracting("code").isEqualTo("notification-facts.invalid");
    }

    @Test
    void only_a_notification_with_every_fact_of_its_topic_is_mailed() {
        var legacy = new Notification(NotificationId.random(), UserId.random(), NotificationTopic.COMMENT_POSTED,
                NotificationChannel.BOTH, Map.of(), "s", "b", null, NOW, null);

        assertThat(legacy.complete()).isFalse();
        assertThatThrownBy(() -> new Mail(legacy, EmailAddress.of("a@example.eu"), Language.EN, 1))
                .extracting("code").isEqualTo("notification-facts.invalid");
        var meeting = Notification.of(UserId.random(), NotificationTopic.MEETING_SCHEDULED, NotificationChannel.EMAIL,
                Map.of(Facts.NICKNAME, "steady-heron-0042", Facts.START, NOW.toString(), Facts.END,
                        NOW.plusSeconds(3600).toString(), Facts.MEETING_ID, "6f0c1e7a-2b6d-4c55-9a3e-0c6f3f0b9d11",
                        Facts.SEQUENCE, "1"), "s", "b", null, NOW);
        assertThat(new Mail(meeting, EmailAddress.of("a@example.eu"), Language.DE, 1).id()).isEqualTo(meeting.id());
    }

    @Test
    void every_topic_belongs_to_a_kind_a_user_can_choose_a_channel_for() {
        for (var topic : NotificationTopic.values()) {
            assertThat(topic.kind()).isNotNull();
            assertThat(topic.facts()).isNotEmpty();
        }
        assertThat(NotificationTopic.OUTCOME_FINALISED.kind()).isEqualTo(NotificationKind.OUTCOME_FINAL);
        assertThat(NotificationTopic.PANEL_FORWARDED.kind()).isEqualTo(NotificationKind.PANEL_FORWARDED);
    }
}
