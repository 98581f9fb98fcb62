package org.opencpms.adapters.messaging.chat;

import java.util.HashMap;
import java.util.Map;
import org.opencpms.domain.user.Actor;

/**
 * The readers following a chat on this node, one {@link Actor} instance per distinct reader (the same user with the
 * same grants), counted: a reader's many connections share one instance, so that a feed's round groups them by
 * identity and asks for each reader once. An instance is let go with its last connection. Thread-safe.
 */
final class Readers {

    private static final class Held {
        final Actor actor;
        int connections;

        Held(Actor actor) {
            this.actor = actor;
        }
    }

    private final Map<Actor, Held> held = new HashMap<>();

    /** The shared instance equal to {@code reader}, counting one more connection of it. */
    synchronized Actor intern(Actor reader) {
        var one = held.computeIfAbsent(reader, Held::new);
        one.connections++;
        return one.actor;
    }

    /** One connection of {@code reader} (an instance {@link #intern} answered) ended. */
    synchronized void release(Actor reader) {
        var one = held.get(reader);
        if (one != null && --one.connections == 0) {
            held.remove(reader);
        }
    }

    /** How many distinct readers follow. */
    synchronized int count() {
        return held.size();
    }
}
