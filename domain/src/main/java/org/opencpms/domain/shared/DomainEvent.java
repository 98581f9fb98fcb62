package org.opencpms.domain.shared;

import java.time.Instant;

/**
 * Something that happened in the domain, recorded by an aggregate when its state changes and
 * published after the change is stored. Implementations are immutable records.
 */
public interface DomainEvent {

    /** When it happened (the use case's clock, never the wall clock read in the domain). */
    Instant occurredAt();
}
