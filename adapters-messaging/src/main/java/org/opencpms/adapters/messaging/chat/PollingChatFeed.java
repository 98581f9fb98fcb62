package org.opencpms.adapters.messaging.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.opencpms.application.chat.ChatFeed;
import org.opencpms.application.chat.ChatListener;
import org.opencpms.application.chat.ChatUpdates;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * The live chat of this node, fed from the store: one poller per node (the composition root runs {@link #poll()} in
 * a loop, waiting in {@link #awaitChange} between rounds) reads, for the panels that have followers here, the newest
 * positions and then the messages the followers lack, and queues them on each {@link Follower}. Messages committed on
 * any node arrive, in position order, each once; the store's positions make a reconnecting client's replay and the
 * live messages one stream. A round costs nothing while nobody follows and one query while nothing is new.
 *
 * <p>A reader who may no longer read the panel (removed from it, the panel deleted...) receives nothing more: before
 * handing out new messages, and at every keep-alive, the poller asks {@link ChatUpdates#stillReading} which of the
 * panel's readers still may, and ends the others' followings (their connections close). This works across nodes,
 * since the answer comes from the store.
 *
 * <p>{@link #wake()} starts the next round at once (a new follower, a message committed on this node, or on another
 * node where the store signals it: {@link org.opencpms.application.chat.ChatSignals}); otherwise the poller waits its
 * interval, which bounds the delay of messages posted on other nodes when no signal comes.
 */
@ApplicationScoped
public class PollingChatFeed implements ChatFeed {

    private final ChatUpdates updates;
    private final Map<PanelId, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile Executor deliveries = Runnable::run;

    @Inject
    public PollingChatFeed(ChatUpdates updates) {
        this.updates = updates;
    }

    /** Where the followers' queues are sent from (the server's managed executor); until set, the polling thread. */
    public void deliverWith(Executor deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Following follow(Actor reader, PanelId panel, long after, ChatListener listener) {
        var follower = new Follower[1];
        follower[0] = new Follower(reader, panel, after, listener, () -> forget(follower[0]));
        followers.compute(panel, (p, set) -> {
            var of = set == null ? ConcurrentHashMap.<Follower>newKeySet() : set;
            of.add(follower[0]);
            return of;
        });
        wake();
        return follower[0];
    }

    private void forget(Follower follower) {
        followers.computeIfPresent(follower.panel(), (panel, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * One round: hands the followers what was committed since their cursors.
     *
     * @return whether a follower is still behind (another round should follow at once)
     */
    public boolean poll() {
        var panels = Set.copyOf(followers.keySet());
        if (panels.isEmpty()) {
            return false;
        }
        boolean behind = false;
        var newest = updates.newestPositions(panels);
        for (var panel : panels) {
            long last = newest.getOrDefault(panel, 0L);
            var lagging = new HashSet<Follower>();
            followers.getOrDefault(panel, Set.of()).stream().filter(f -> f.cursor() < last).forEach(lagging::add);
            endThoseWhoMayNoLongerRead(panel, lagging);
            if (lagging.isEmpty()) {
                continue;
            }
            long from = lagging.stream().mapToLong(Follower::cursor).min().orElseThrow();
            var entries = updates.after(panel, from);
            lagging.forEach(f -> f.offer(entries, deliveries));
            behind |= lagging.stream().anyMatch(f -> f.cursor() < last);
        }
        return behind;
    }

    /**
     * Ends the followings of those who may no longer read their panel, then sends a keep-alive to every other follower
     * with nothing on its way, so that a closed connection is found out.
     */
    public void keepAlive() {
        for (var panel : Set.copyOf(followers.keySet())) {
            endThoseWhoMayNoLongerRead(panel, new HashSet<>(followers.getOrDefault(panel, Set.of())));
        }
        followers.values().forEach(set -> set.forEach(f -> f.keepAlive(deliveries)));
    }

    /** Ends (and takes out of {@code of}) the followers of the panel whose reader may no longer read it. */
    private void endThoseWhoMayNoLongerRead(PanelId panel, Set<Follower> of) {
        if (of.isEmpty()) {
            return;
        }
        var readers = new HashSet<Actor>();
        of.forEach(f -> readers.add(f.reader()));
        var still = updates.stillReading(panel, readers);
        of.removeIf(f -> {
            if (still.contains(f.reader())) {
                return false;
            }
            f.end(true);
            return true;
        });
    }

    /** Starts the next round now. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Waits until {@link #wake()} or for {@code interval}, whichever comes first. */
    public void awaitChange(Duration interval) throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(Math.max(1, interval.toMillis()));
            }
            woken = false;
        }
    }

    /** Ends every following (the application stops): each listener closes its connection. */
    public void endAll() {
        followers.values().forEach(set -> Set.copyOf(set).forEach(f -> f.end(true)));
        followers.clear();
    }

    /** How many listeners follow a chat on this node. */
    public int followers() {
        return followers.values().stream().mapToInt(Set::size).sum();
    }
}
