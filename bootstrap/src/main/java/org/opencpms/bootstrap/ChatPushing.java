package org.opencpms.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.messaging.chat.PollingChatFeed;
import org.opencpms.domain.chat.ChatMessagePosted;

/**
 * The chat poller of this node: one managed thread that runs {@link PollingChatFeed#poll()} round after round,
 * waiting up to the configured interval between rounds unless woken (a new follower, a message committed here), and
 * keeps connections alive every {@value #KEEP_ALIVE_SECONDS} s; the followers' queues are sent from the server's
 * managed executor. Started by {@link StartUp}; stopped with the deployment: the thread is interrupted and joined and
 * every connection is closed, so that no thread is left behind.
 */
@ApplicationScoped
public class ChatPushing {

    static final long KEEP_ALIVE_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(ChatPushing.class.getName());

    private final PollingChatFeed feed;
    private volatile boolean running;
    private Thread poller;

    @Inject
    public ChatPushing(PollingChatFeed feed) {
        this.feed = feed;
    }

    synchronized void start(Duration interval) {
        if (poller != null) {
            return;
        }
        feed.deliverWith(ServerResources.executor());
        running = true;
        poller = ServerResources.threads().newThread(() -> run(interval));
        poller.setName("opencpms-chat-poller");
        poller.start();
    }

    private void run(Duration interval) {
        long keptAlive = System.nanoTime();
        while (running) {
            try {
                if (!feed.poll()) {
                    feed.awaitChange(interval);
                }
                if (System.nanoTime() - keptAlive > Duration.ofSeconds(KEEP_ALIVE_SECONDS).toNanos()) {
                    feed.keepAlive();
                    keptAlive = System.nanoTime();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "chat poll round failed; retried: " + e.getClass().getSimpleName());
                try {
                    // back off for one poll interval after a failed round (e.g. the database restarting) instead of
                    // spinning on the error
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** A chat message was committed on this node ({@link ChatPushOnCommit}): poll now. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatMessagePosted posted) {
        feed.wake();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (poller != null) {
            poller.interrupt();
            try {
                poller.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
        feed.endAll();
    }
}
