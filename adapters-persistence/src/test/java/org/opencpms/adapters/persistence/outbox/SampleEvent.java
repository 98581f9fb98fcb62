package org.opencpms.adapters.persistence.outbox;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;

/** An event carrying every kind of component the outbox encodes. */
record SampleEvent(PatientId patient, UUID raw, String text, long count, int small, short shorter, byte tiny, double ratio,
                   float rough, BigDecimal amount, boolean flag, Boolean boxed, LocalDate day, Duration length, URI link,
                   Kind kind, List<String> words, Set<Kind> kinds, List<Pair> pairs, Pair single, Pair absent,
                   Instant occurredAt) implements DomainEvent {

    enum Kind { FIRST, SECOND }

    /** A nested record of two components: written as an object. */
    record Pair(String name, Integer value) {
    }
}
