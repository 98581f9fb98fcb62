package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainEvents;

/**
 * Keeps every published event in order and hands each one to the subscribers, synchronously.
 * Thread-safe.
 */
public final class InMemoryDomainEvents implements DomainEvents {

    private final List<DomainEvent> published = new ArrayList<>();
    private final List<Consumer<DomainEvent>> subscribers = new ArrayList<>();

    @Override
    public synchronized void publish(List<? extends DomainEvent> events) {
        for (DomainEvent event : events) {
            published.add(event);
            subscribers.forEach(s -> s.accept(event));
        }
    }

    public synchronized void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /** Every event published so far, oldest first. */
    public synchronized List<DomainEvent> published() {
        return List.copyOf(published);
    }

    /** The published events of one type, oldest first. */
    public synchronized <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
