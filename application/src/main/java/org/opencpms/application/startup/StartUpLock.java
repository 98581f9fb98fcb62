package org.opencpms.application.startup;

/**
 * The lock that start-up work takes so that it runs on one node at a time, however many nodes of the cluster start
 * at once on the same database: e.g. loading the training data set, which two nodes must not both begin.
 *
 * <p>Invariant: while one transaction holds the lock, every other transaction that asks for it waits until the
 * holder commits or rolls back; it then sees everything the holder committed. The lock is released by the end of
 * the transaction, never by hand, so that a crashed node cannot keep it.
 */
public interface StartUpLock {

    /**
     * Takes the lock for the rest of the current transaction, waiting while another node holds it.
     *
     * @throws IllegalStateException if called outside a transaction
     */
    void holdUntilCommit();
}
