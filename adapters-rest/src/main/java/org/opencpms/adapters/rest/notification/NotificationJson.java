package org.opencpms.adapters.rest.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.notification.Notification;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/**
 * One in-app notification: its id, kind and topic, the channel it went out on, subject and body (which name a panel
 * by id and a patient by nickname only), the panel it is about (absent if none), when, and when its recipient marked
 * it read (absent while unread).
 */
public record NotificationJson(String id,
                               @Schema(implementation = NotificationKind.class) String kind,
                               @Schema(implementation = NotificationTopic.class) String topic,
                               @Schema(implementation = NotificationChannel.class) String channel,
                               String subject, String body, String panel, Instant at, boolean read, Instant readAt) {

    public static NotificationJson of(Notification notification) {
        return new NotificationJson(notification.id().toString(), notification.kind().name(),
                notification.topic().name(), notification.channel().name(), notification.subject(),
                notification.body(), notification.aboutPanel().map(p -> p.value().toString()).orElse(null),
                notification.at(), notification.read(), notification.readAt());
    }
}
