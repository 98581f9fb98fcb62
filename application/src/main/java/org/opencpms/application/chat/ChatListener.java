package org.opencpms.application.chat;

import org.opencpms.domain.chat.ChatEntry;

/**
 * A connected client following a panel's chat, as the {@link ChatFeed} sees it. The feed calls it from one thread at
 * a time, never from the thread that posted.
 */
public interface ChatListener {

    /**
     * Hands over the next message: each position once, in ascending order, without gaps.
     *
     * @throws RuntimeException when the client is gone: the feed stops following for it
     */
    void receive(ChatEntry entry);

    /** Nothing new for a while: tells the client the connection is alive (and finds out when it is not). */
    void keepAlive();

    /**
     * The feed stopped following for this listener (the application is shutting down, or the client fell too far
     * behind): the listener closes its connection; the client reconnects and resumes from the last position it got.
     */
    void ended();
}
