package org.opencpms.adapters.messaging.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.opencpms.application.chat.ChatFeed;
import org.opencpms.application.chat.ChatListener;
import org.opencpms.application.chat.ChatUpdates;
import org.opencpms.domain.chat.ChatEntry;
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
    private final Readers readers = new Readers();
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
        follower[0] = new Follower(readers.intern(reader), panel, after, listener, () -> forget(follower[0]));
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
        readers.release(follower.reader());
    }

    /**
     * One round: hands the followers what was committed since their cursors. The round's reads share one transaction;
     * the followers are handed their messages (and those who may no longer read are ended) after it.
     *
     * @return whether a follower is still behind (another round should follow at once)
     */
    public boolean poll() {
        var panels = Set.copyOf(followers.keySet());
        if (panels.isEmpty()) {
            return false;
        }
        var round = updates.inOneTransaction(() -> read(panels));
        round.ended().forEach(f -> f.end(true));
        for (var delivery : round.deliveries()) {
            delivery.to().forEach(f -> f.offer(delivery.entries(), deliveries));
        }
        return round.deliveries().stream().anyMatch(d -> d.to().stream().anyMatch(f -> f.cursor() < d.newest()));
    }

    /** What one round found: who is ended, and what each panel's lagging followers are handed. */
    private record Round(List<Follower> ended, List<Delivery> deliveries) {
    }

    /** The entries after the lagging followers' smallest cursor, and the panel's newest position. */
    private record Delivery(List<Follower> to, List<ChatEntry> entries, long newest) {
    }

    private Round read(Set<PanelId> panels) {
        var ended = new ArrayList<Follower>();
        var found = new ArrayList<Delivery>();
        var newest = updates.newestPositions(panels);
        for (var panel : panels) {
            long last = newest.getOrDefault(panel, 0L);
            var lagging = followers.getOrDefault(panel, Set.of()).stream().filter(f -> f.cursor() < last).toList();
            var still = mayStillRead(panel, lagging, ended);
            if (still.isEmpty()) {
                continue;
            }
            long from = still.stream().mapToLong(Follower::cursor).min().orElseThrow();
            found.add(new Delivery(still, updates.after(panel, from), last));
        }
        return new Round(ended, found);
    }

    /**
     * Ends those who may no longer read their panel, then sends a keep-alive to every other follower with nothing on
     * its way, so that a closed connection is found out.
     */
    public void keepAlive() {
        var ended = updates.inOneTransaction(() -> {
            var gone = new ArrayList<Follower>();
            for (var panel : Set.copyOf(followers.keySet())) {
                mayStillRead(panel, List.copyOf(followers.getOrDefault(panel, Set.of())), gone);
            }
            return gone;
        });
        ended.forEach(f -> f.end(true));
        followers.values().forEach(set -> set.forEach(f -> f.keepAlive(deliveries)));
    }

    /**
     * Those of the panel's followers {@code of} whose reader may still read it; the others are added to
     * {@code ended}. The readers are asked once each: the followers of one reader share its {@link Actor} (interned at
     * {@link #follow}), so they are grouped by identity, without hashing each one's grants.
     */
    private List<Follower> mayStillRead(PanelId panel, List<Follower> of, List<Follower> ended) {
        if (of.isEmpty()) {
            return of;
        }
        var byReader = new IdentityHashMap<Actor, List<Follower>>();
        of.forEach(f -> byReader.computeIfAbsent(f.reader(), r -> new ArrayList<>()).add(f));
        var still = updates.stillReading(panel, Set.copyOf(byReader.keySet()));
        var reading = new ArrayList<Follower>(of.size());
        byReader.forEach((reader, theirs) -> (still.contains(reader) ? reading : ended).addAll(theirs));
        return reading;
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
