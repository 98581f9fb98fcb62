package org.opencpms.domain.shared;

import java.util.List;

/**
 * Port: where use cases hand the events their aggregates recorded. Implementations deliver them
 * to observers in the same transaction (e.g. an outbox) so that side effects such as mail are
 * sent only for committed changes and never lost for them.
 */
public interface DomainEvents {

    void publish(List<? extends DomainEvent> events);
}
