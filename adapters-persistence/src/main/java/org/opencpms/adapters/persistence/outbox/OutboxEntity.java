package org.opencpms.adapters.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One row of {@code outbox}: a published event under its stable type name and format version
 * ({@link EventType}), pending until its {@code publishedAt} is set.
 */
@Entity
@Table(name = "outbox")
class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    @Column(name = "id")
    private long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "event_type", nullable = false, length = 255)
    private String eventType;

    @Column(name = "event_version", nullable = false)
    private int eventVersion;

    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected OutboxEntity() {
    }

    OutboxEntity(Instant occurredAt, EventType type, String payload) {
        this.occurredAt = utc(occurredAt);
        this.eventType = type.name();
        this.eventVersion = type.version();
        this.payload = payload;
    }

    boolean published() {
        return publishedAt != null;
    }

    OutboxMessage toMessage() {
        return new OutboxMessage(id, occurredAt.toInstant(), eventType, eventVersion, payload);
    }

    /** Truncated to microseconds, the precision both engines store (they would round, not truncate). */
    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
