package org.opencpms.adapters.rest.notification;

import java.time.Instant;
import org.opencpms.domain.notification.Notification;

/**
 * One in-app notification: its kind, the channel it went out on, subject and body (which name a panel by id and a
 * patient by nickname only), the panel it is about (absent if none) and when.
 */
public record NotificationJson(String kind, String channel, String subject, String body, String panel, Instant at) {

    public static NotificationJson of(Notification notification) {
        return new NotificationJson(notification.kind().name(), notification.channel().name(), notification.subject(),
                notification.body(), notification.aboutPanel().map(p -> p.value().toString()).orElse(null),
                notification.at());
    }
}
