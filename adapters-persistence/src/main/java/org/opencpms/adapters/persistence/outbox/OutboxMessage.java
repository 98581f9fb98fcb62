package org.opencpms.adapters.persistence.outbox;

import java.time.Instant;
import java.util.Objects;
import org.opencpms.domain.shared.DomainEvent;

/**
 * A pending message of the outbox: its id (increasing in the order of writing within one node),
 * when the event occurred (to the microsecond), the event's record class name and its JSON payload.
 */
public record OutboxMessage(long id, Instant occurredAt, String type, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The event as it was published, rebuilt from the payload through its canonical constructor.
     *
     * @throws IllegalArgumentException if the type is no longer a domain event record or the payload does not fit it
     */
    public DomainEvent event() {
        return EventJson.decode(type, payload);
    }
}
