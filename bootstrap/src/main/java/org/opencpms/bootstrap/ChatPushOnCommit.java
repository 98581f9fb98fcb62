package org.opencpms.bootstrap;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.opencpms.application.chat.ChatSignals;
import org.opencpms.domain.chat.ChatMessagePosted;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainEvents;

/**
 * Passes every published domain event on to the real {@link DomainEvents} (the outbox) and, for a chat message, also
 * announces it to every node ({@link ChatSignals}, in the posting transaction: PostgreSQL's {@code NOTIFY}, which
 * {@link ChatSignalListening} hears on each node) and fires it as a CDI event, which {@link ChatPushing} observes after
 * a successful commit to wake this node's chat poller: a message is pushed at once rather than at the next poll, here
 * and on the other nodes. Nothing is pushed for a rollback, and nothing depends on this for correctness: the pollers
 * find every committed message anyway.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class ChatPushOnCommit implements DomainEvents {

    private final DomainEvents delegate;
    private final Event<ChatMessagePosted> posted;
    private final ChatSignals signals;

    @Inject
    public ChatPushOnCommit(@Delegate DomainEvents delegate, Event<ChatMessagePosted> posted, ChatSignals signals) {
        this.delegate = delegate;
        this.posted = posted;
        this.signals = signals;
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        delegate.publish(events);
        events.stream().filter(ChatMessagePosted.class::isInstance).map(ChatMessagePosted.class::cast).forEach(message -> {
            signals.announce(message.panel());
            posted.fire(message);
        });
    }
}
