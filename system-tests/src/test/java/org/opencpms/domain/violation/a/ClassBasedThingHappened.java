package org.opencpms.domain.violation.a;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;

/** Breaks: events are records. */
public final class ClassBasedThingHappened implements DomainEvent {
    @Override
    public Instant occurredAt() {
        return Instant.EPOCH;
    }
}
