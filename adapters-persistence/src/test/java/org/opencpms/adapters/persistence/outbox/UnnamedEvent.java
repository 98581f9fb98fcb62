package org.opencpms.adapters.persistence.outbox;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;

/** An event the outbox has no stable name for. */
record UnnamedEvent(Instant occurredAt) implements DomainEvent {
}
