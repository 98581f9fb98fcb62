package org.opencpms.adapters.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;

/**
 * Publishes domain events into the transactional outbox.
 *
 * <p>Mapping: each event becomes one row of {@code outbox} — a sequence-generated id, the event's
 * {@code occurredAt}, its stable type name and format version ({@link EventTypes}, never a class
 * name) as {@code event_type} and {@code event_version}, its components as a JSON {@code payload}
 * ({@link EventJson}; see {@link OutboxMessage#event()} for the way back) and {@code published_at} null.
 *
 * <p>Invariants: the rows are written through the caller's entity manager, hence in the caller's
 * transaction: they exist exactly when the change that caused the events is committed. Nothing is
 * delivered here; {@link OutboxReader} hands the pending rows to a relay after commit (at least once).
 * An event without a stable name is refused with an {@link IllegalArgumentException} before
 * anything is written.
 */
@ApplicationScoped
public class JpaDomainEvents implements DomainEvents {

    private final EntityManager em;

    @Inject
    public JpaDomainEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        Require.present(events, "events");
        var rows = events.stream()
                .map(event -> new OutboxEntity(Require.present(event.occurredAt(), "occurred-at"), EventTypes.of(event),
                        EventJson.encode(event)))
                .toList();
        rows.forEach(em::persist);
    }
}
