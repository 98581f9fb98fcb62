package org.opencpms.adapters.persistence.outbox;

import java.time.Instant;
import java.util.Map;
import org.opencpms.domain.shared.DomainEvent;

/** An event with a component the outbox refuses: a map. */
record UnencodableEvent(Map<String, String> values, Instant occurredAt) implements DomainEvent {
}
