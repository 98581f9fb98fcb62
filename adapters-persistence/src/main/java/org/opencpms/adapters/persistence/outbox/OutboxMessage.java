package org.opencpms.adapters.persistence.outbox;

import java.time.Instant;
import java.util.Objects;
import org.opencpms.domain.shared.DomainEvent;

/**
 * A pending message of the outbox: its id (increasing in the order of writing within one node),
 * when the event occurred (to the microsecond), the event's stable type name (such as
 * {@code panel.expert-invited}, see {@link EventTypes}), the version of its payload format and its JSON payload.
 */
public record OutboxMessage(long id, Instant occurredAt, String type, int version, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The event as it was published, rebuilt from the payload through its canonical constructor.
     *
     * @throws IllegalArgumentException if the type name is unknown or the payload does not fit its format version
     */
    public DomainEvent event() {
        return EventJson.decode(EventTypes.named(type), version, payload);
    }
}
