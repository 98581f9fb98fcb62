package org.opencpms.application.chat;

import org.opencpms.domain.shared.PanelId;

/**
 * Port: the store's wake-up call between the nodes of a cluster for the live chat (PostgreSQL's {@code LISTEN/NOTIFY}).
 * Posting a chat message announces its panel in the posting transaction; every node listens and wakes its
 * {@link ChatFeed} at once, instead of at the feed's next poll.
 *
 * <p>Invariants: an announcement reaches the listeners when, and only if, its transaction commits (nothing for a
 * rollback). A signal carries no message and may be lost (a listener reconnecting) or never exist (a store without
 * signals, such as H2): the feed's polling reads every committed message from the store anyway, so a signal only makes
 * a delivery sooner, never possible.
 */
public interface ChatSignals {

    /**
     * Announces, as part of the caller's transaction, that the panel's chat has a new message; does nothing on a
     * store without signals.
     */
    void announce(PanelId panel);

    /** Whether this store carries signals at all; where it does not, polling alone brings the other nodes' messages. */
    boolean available();

    /**
     * Listens on a connection of its own until the calling thread is interrupted, telling the listener when it listens
     * and when committed announcements arrive. A connection that fails is opened again after a pause that grows (up
     * to half a minute) while it keeps failing, and {@link Listener#listening()} is called again once it listens.
     * Returns at once on a store without signals.
     *
     * @throws InterruptedException when the thread is interrupted while it pauses before reconnecting
     */
    void listen(Listener listener) throws InterruptedException;

    /** What a listening node is told; called on the listening thread, never while a transaction is open. */
    interface Listener {

        /** The connection listens (again): announcements committed from now on arrive; earlier ones may be lost. */
        void listening();

        /** One or more committed announcements arrived. */
        void signalled();
    }
}
