package org.opencpms.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate has recorded since it was last saved; aggregates hold one by composition. */
public final class RecordedEvents {

    private final List<DomainEvent> pending = new ArrayList<>();

    public void record(DomainEvent event) {
        pending.add(java.util.Objects.requireNonNull(event, "event"));
    }

    /** Returns the recorded events in order and forgets them. */
    public List<DomainEvent> pull() {
        List<DomainEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
