package org.opencpms.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;


class ReadInboxTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadInbox read = new ReadInbox(world.notifications, world.auditing);

    private Notification delivered(UserId to, NotificationChannel channel, String subject, int minutesAgo) {
        var notification = Notification.of(to, NotificationTopic.COMMENT_POSTED, channel,
                Map.of(Facts.NICKNAME, "calm-otter-0001"), subject, "body", null, NOW.minus(Duration.ofMinutes(minutesAgo)));
        world.notifications.deliver(notification);
        return notification;
    }

    @Test
    void a_user_reads_their_own_in_app_notifications_newest_first() {
        var me = world.lead;
        var older = delivered(me.id(), NotificationChannel.IN_APP, "older", 5);
        var newer = delivered(me.id(), NotificationChannel.BOTH, "newer", 1);
        delivered(me.id(), NotificationChannel.EMAIL, "mail only", 0);
        delivered(UserId.random(), NotificationChannel.IN_APP, "someone else's", 0);

        assertThat(read.handle(new ReadInbox.Query(me, false, 0, 10))).containsExactly(newer, older);
        assertThat(read.handle(new ReadInbox.Query(me, false, 1, 10))).containsExactly(older);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("Inbox");
        assertThat(entry.resourceId()).isEqualTo(me.id().toString());
        assertThat(entry.patient()).isNull();
    }

    @Test
    void a_user_marks_a_notification_read_and_unread_and_filters_the_unread_ones() {
        var me = world.lead;
        var first = delivered(me.id(), NotificationChannel.IN_APP, "first", 5);
        var second = delivered(me.id(), NotificationChannel.IN_APP, "second", 1);
        var mark = new MarkNotificationRead(world.notifications, world.auditing, java.time.Clock.fixed(NOW,
                java.time.ZoneOffset.UTC));

        var read = mark.handle(new MarkNotificationRead.Command(me, second.id(), true));

        assertThat(read.readAt()).isEqualTo(NOW);
        assertThat(this.read.handle(new ReadInbox.Query(me, true, 0, 10))).containsExactly(first);
        assertThat(mark.handle(new MarkNotificationRead.Command(me, second.id(), false)).read()).isFalse();
        assertThat(this.read.handle(new ReadInbox.Query(me, true, 0, 10))).hasSize(2);
    }

    @Test
    void nobody_marks_another_users_notification() {
        var mine = delivered(world.lead.id(), NotificationChannel.IN_APP, "mine", 1);
        var mark = new MarkNotificationRead(world.notifications, world.auditing, java.time.Clock.systemUTC());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mark.handle(
                        new MarkNotificationRead.Command(world.person(), mine.id(), true)))
                .extracting("code").isEqualTo("notification.not-found");
    }
}
