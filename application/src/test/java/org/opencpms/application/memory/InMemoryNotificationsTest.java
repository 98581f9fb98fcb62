package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.notification.NotificationTopic.Facts;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;


class InMemoryNotificationsTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final UserId user = UserId.random();

    private Notification deliver(UserId to, NotificationChannel channel, String at) {
        var notification = Notification.of(to, NotificationTopic.MEETING_CANCELLED, channel, Map.of(Facts.NICKNAME, "calm-otter-0001"),
                "subject", "body", null, Instant.parse(at));
        notifications.deliver(notification);
        return notification;
    }

    @Test
    void the_inbox_lists_what_was_delivered_in_app_newest_first_and_the_later_delivered_first_at_the_same_time() {
        var oldest = deliver(user, NotificationChannel.IN_APP, "2025-03-14T08:00:00Z");
        var newest = deliver(user, NotificationChannel.BOTH, "2025-03-14T10:00:00Z");
        var sameTimeFirst = deliver(user, NotificationChannel.IN_APP, "2025-03-14T09:00:00Z");
        var sameTimeSecond = deliver(user, NotificationChannel.IN_APP, "2025-03-14T09:00:00Z");
        var byMail = deliver(user, NotificationChannel.EMAIL, "2025-03-14T11:00:00Z");
        deliver(UserId.random(), NotificationChannel.IN_APP, "2025-03-14T11:00:00Z");

        assertThat(notifications.inboxOf(user, false, 0, 10)).containsExactly(newest, sameTimeSecond, sameTimeFirst, oldest);
        assertThat(notifications.inboxOf(user, false, 1, 2)).containsExactly(sameTimeSecond, sameTimeFirst);
        assertThat(notifications.delivered()).hasSize(6).contains(byMail);
    }
}
