package org.opencpms.adapters.messaging.chat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import org.opencpms.application.chat.ChatFeed;
import org.opencpms.application.chat.ChatListener;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * One reader's listener following one panel: the position it was last handed ({@link #cursor()}) and its own queue of what is
 * still to send, drained by one task at a time on the delivery executor, so that a slow client holds up only itself.
 * A client that falls more than {@value #MAX_QUEUED} messages behind is ended: it reconnects and resumes from the
 * store. Thread-safe.
 */
final class Follower implements ChatFeed.Following {

    static final int MAX_QUEUED = 1_000;
    private static final Logger LOG = Logger.getLogger(Follower.class.getName());
    private static final Object KEEP_ALIVE = new Object();

    private final Actor reader;
    private final PanelId panel;
    private final ChatListener listener;
    private final Runnable onEnd;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private long cursor;
    private boolean sending;
    private boolean ended;

    Follower(Actor reader, PanelId panel, long after, ChatListener listener, Runnable onEnd) {
        this.reader = reader;
        this.panel = panel;
        this.cursor = after;
        this.listener = listener;
        this.onEnd = onEnd;
    }

    /** Who follows: the feed checks they may still read the panel before handing them anything. */
    Actor reader() {
        return reader;
    }

    PanelId panel() {
        return panel;
    }

    synchronized long cursor() {
        return cursor;
    }

    /**
     * Queues the entries after the cursor (it has the others already; {@code entries} come in position order) and
     * sends them on {@code deliveries}.
     */
    void offer(List<ChatEntry> entries, Executor deliveries) {
        synchronized (this) {
            if (ended) {
                return;
            }
            for (var entry : entries) {
                if (entry.position() > cursor) {
                    queue.add(entry);
                    cursor = entry.position();
                }
            }
            if (queue.size() <= MAX_QUEUED) {
                schedule(deliveries);
                return;
            }
        }
        LOG.fine(() -> "a chat client of panel " + panel + " fell " + MAX_QUEUED + " messages behind: ended");
        end(true);
    }

    /** Queues a keep-alive, unless something is on its way anyway. */
    void keepAlive(Executor deliveries) {
        synchronized (this) {
            if (ended || !queue.isEmpty()) {
                return;
            }
            queue.add(KEEP_ALIVE);
            schedule(deliveries);
        }
    }

    private void schedule(Executor deliveries) {
        if (!sending && !queue.isEmpty()) {
            sending = true;
            deliveries.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Object next;
            synchronized (this) {
                next = ended ? null : queue.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            try {
                if (next == KEEP_ALIVE) {
                    listener.keepAlive();
                } else {
                    listener.receive((ChatEntry) next);
                }
            } catch (RuntimeException gone) {
                end(false);
            }
        }
    }

    @Override
    public void stop() {
        end(false);
    }

    /** Stops following; {@code tellListener}: the feed ends it (the listener closes its connection). */
    void end(boolean tellListener) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            queue.clear();
        }
        onEnd.run();
        if (tellListener) {
            try {
                listener.ended();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
        }
    }
}
