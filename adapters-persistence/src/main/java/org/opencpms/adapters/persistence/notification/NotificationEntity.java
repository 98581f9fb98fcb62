package org.opencpms.adapters.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;
import org.opencpms.domain.notification.NotificationTopic;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;

/**
 * A row of {@code notification}: one delivered notification, of which only {@code read_at} ever changes. The id is
 * the notification's; {@code seq} is numbered by the database in the order of delivery.
 */
@Entity(name = "Notification")
@Table(name = "notification")
@Customizer(UuidColumns.class)
class NotificationEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, updatable = false)
    NotificationTopic topic;

    /** The facts as a JSON object of strings ({@link FactsJson}). */
    @Column(name = "facts", nullable = false, updatable = false)
    String facts;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false)
    NotificationChannel channel;

    @Column(name = "in_app", nullable = false, updatable = false)
    boolean inApp;

    @Column(name = "subject", nullable = false, updatable = false)
    String subject;

    @Column(name = "body", nullable = false, updatable = false)
    String body;

    @Column(name = "panel_id", updatable = false)
    UUID panelId;

    @Column(name = "notified_at", nullable = false, updatable = false)
    OffsetDateTime notifiedAt;

    @Column(name = "read_at")
    OffsetDateTime readAt;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;
}
