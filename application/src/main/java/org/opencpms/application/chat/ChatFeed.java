package org.opencpms.application.chat;

import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * Port: the live push of panel chats to connected clients, on every node of a cluster.
 *
 * <p>Invariants: a listener receives every message of its panel after the position it started from, each once and in
 * order, whichever node stored it (the feed reads the committed messages, never only what this node posted); a slow
 * or broken listener never delays the others; when the application stops, every following ends
 * ({@link ChatListener#ended()}) and no thread of the feed is left running. Who may follow which panel is decided
 * before, by {@link FollowChat}.
 */
public interface ChatFeed {

    /**
     * Starts pushing the messages of {@code panel} after position {@code after} (0: from the first) to the listener,
     * for as long as {@code reader} may read them: before handing out new messages the feed asks
     * {@link ChatUpdates#stillReading}, and ends the following ({@link ChatListener#ended()}) of a reader who may not.
     */
    Following follow(Actor reader, PanelId panel, long after, ChatListener listener);

    /** One listener following one panel. */
    interface Following {

        /** Stops pushing to this listener (the client went away); calling it again does nothing. */
        void stop();
    }
}
