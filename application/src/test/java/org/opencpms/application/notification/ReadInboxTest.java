package org.opencpms.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

class ReadInboxTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadInbox read = new ReadInbox(world.notifications, world.auditing);

    private Notification delivered(UserId to, NotificationChannel channel, String subject, int minutesAgo) {
        var notification = new Notification(to, NotificationKind.COMMENT, channel, subject, "body", null,
                NOW.minus(Duration.ofMinutes(minutesAgo)));
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

        assertThat(read.handle(new ReadInbox.Query(me, 0, 10))).containsExactly(newer, older);
        assertThat(read.handle(new ReadInbox.Query(me, 1, 10))).containsExactly(older);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("Inbox");
        assertThat(entry.resourceId()).isEqualTo(me.id().toString());
        assertThat(entry.patient()).isNull();
    }
}
