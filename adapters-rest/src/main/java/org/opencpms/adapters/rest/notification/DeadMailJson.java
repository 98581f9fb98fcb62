package org.opencpms.adapters.rest.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.notification.DeadMail;
import org.opencpms.domain.notification.NotificationTopic;

/**
 * A mail given up on: the notification it was for, its recipient's user id (never the address), its topic, how often
 * it was tried, the last failure (the mail server's answer or the cause, never the mail's content) and when.
 */
public record DeadMailJson(String notification, String recipient,
                           @Schema(implementation = NotificationTopic.class) String topic, int attempts,
                           String lastFailure, Instant failedAt) {

    public static DeadMailJson of(DeadMail dead) {
        return new DeadMailJson(dead.notification().toString(), dead.recipient().value().toString(),
                dead.topic().name(), dead.attempts(), dead.lastFailure(), dead.failedAt());
    }
}
