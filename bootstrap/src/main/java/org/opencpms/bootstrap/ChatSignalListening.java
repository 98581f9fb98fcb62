package org.opencpms.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencpms.adapters.messaging.chat.PollingChatFeed;
import org.opencpms.application.chat.ChatSignals;

/**
 * This node's ear for the chat messages committed on every node ({@link ChatSignals}: PostgreSQL's
 * {@code LISTEN/NOTIFY}): one managed thread that listens and wakes this node's chat poller ({@link
 * PollingChatFeed#wake()}) at each signal, and each time it listens again after a lost connection (to catch up at
 * once on what it may have missed). On a store without signals (H2) no thread starts: the poller's interval alone
 * bounds the delay. Started by {@link StartUp}; stopped with the deployment: the thread is interrupted and joined, so
 * that none is left behind.
 */
@ApplicationScoped
public class ChatSignalListening {

    private static final Logger LOG = Logger.getLogger(ChatSignalListening.class.getName());

    private final ChatSignals signals;
    private final PollingChatFeed feed;
    private Thread listener;

    @Inject
    public ChatSignalListening(ChatSignals signals, PollingChatFeed feed) {
        this.signals = signals;
        this.feed = feed;
    }

    synchronized void start() {
        if (listener != null || !signals.available()) {
            return;
        }
        listener = ServerResources.threads().newThread(this::listen);
        listener.setName("opencpms-chat-signals");
        listener.start();
    }

    private void listen() {
        try {
            signals.listen(new ChatSignals.Listener() {
                @Override
                public void listening() {
                    LOG.info("chat signals: listening; messages posted on other nodes are pushed at once");
                    feed.wake();
                }

                @Override
                public void signalled() {
                    feed.wake();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "chat signals stopped; the chat poller's interval alone bounds the delay", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }
}
