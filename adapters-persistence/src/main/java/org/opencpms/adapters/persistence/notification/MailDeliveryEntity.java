package org.opencpms.adapters.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/**
 * A row of {@code mail_delivery}: the e-mail of one notification, {@code PENDING} (due at {@code due_at}, claimed
 * while {@code leased_until} lies ahead), {@code SENT} or {@code DEAD}; {@code attempts} counts the claims.
 */
@Entity(name = "MailDelivery")
@Table(name = "mail_delivery")
@Customizer(UuidColumns.class)
class MailDeliveryEntity {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String DEAD = "DEAD";

    @Id
    @Column(name = "notification_id")
    UUID notificationId;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "due_at", nullable = false)
    OffsetDateTime dueAt;

    @Column(name = "leased_until")
    OffsetDateTime leasedUntil;

    @Column(name = "last_failure")
    String lastFailure;

    @Column(name = "failed_at")
    OffsetDateTime failedAt;

    @Column(name = "sent_at")
    OffsetDateTime sentAt;
}
