package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.persistence.outbox.OutboxMessage;
import org.opencpms.adapters.persistence.outbox.OutboxReader;
import org.opencpms.application.notification.NotifyParticipants;

/**
 * Hands committed domain events from the outbox to {@link NotifyParticipants}, each message in its own
 * transaction together with marking it published: a notification exists if and only if its message is marked.
 * Every node runs a relay; marking claims the message ({@link OutboxReader#markPublished}), so of two relays on the
 * same message one delivers it and the other, after waiting for its commit, does nothing.
 * A message whose delivery fails stays pending and is retried on the next tick (at least once; the failure is
 * logged with the event type and message id only, never its content).
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final OutboxReader outbox;
    private final NotifyParticipants notify;
    private final Clock clock;

    @Inject
    public OutboxRelay(OutboxReader outbox, NotifyParticipants notify, Clock clock) {
        this.outbox = outbox;
        this.notify = notify;
        this.clock = clock;
    }

    /** The oldest pending messages, at most {@value #BATCH}. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<OutboxMessage> pending() {
        return outbox.pending(BATCH);
    }

    /** Delivers one message and marks it published, in one new transaction. */
    @Transactional(TxType.REQUIRES_NEW)
    public void deliver(OutboxMessage message) {
        if (outbox.markPublished(message.id(), clock.instant())) {
            notify.on(message.event());
        }
    }

    /** Delivers every pending message (called through the CDI proxy so each delivery gets its transaction). */
    public static int drain(OutboxRelay relay) {
        int delivered = 0;
        for (var message : relay.pending()) {
            try {
                relay.deliver(message);
                delivered++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox message " + message.id() + " (" + message.type()
                        + ") not delivered; retried on the next tick: " + e.getClass().getSimpleName());
            }
        }
        return delivered;
    }
}
