package org.opencpms.domain.notification;

import java.time.Instant;
import org.opencpms.domain.shared.UserId;

/** A mail given up on after its last try: which notification, to whom, how often tried, the last failure and when. */
public record DeadMail(NotificationId notification, UserId recipient, NotificationTopic topic, int attempts,
                       String lastFailure, Instant failedAt) {
}
