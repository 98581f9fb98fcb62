package org.opencpms.adapters.rest.panel;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;

/**
 * Changes of one panel take turns on this node: a change runs, its transaction's commit included, only when no other
 * change of the same panel runs here. Fair (in order of arrival); panels share a fixed set of turns by hash, so two
 * panels may now and then wait for each other, briefly. A change that waits longer than {@link #WAIT_SECONDS} is
 * refused as a concurrent update (409).
 *
 * <p>Why: two changes of one panel would collide on its version anyway, so waiting costs nothing, and it keeps two
 * saves of one panel from ever racing inside the embedded H2 database, whose row lock let two such transactions both
 * commit the same version (a change answered 200 and then missing; see PanelWorkflowIT's bursts of comments). Across
 * nodes (PostgreSQL, whose row lock is sound) the panel's version check decides, as it always did.
 */
final class PanelTurns {

    /** How long a change waits for its panel's turn. */
    static final long WAIT_SECONDS = 30;

    private static final ReentrantLock[] TURNS = new ReentrantLock[64];

    static {
        for (int i = 0; i < TURNS.length; i++) {
            TURNS[i] = new ReentrantLock(true);
        }
    }

    /** A change to run in a panel's turn. */
    @FunctionalInterface
    interface Change<T> {
        T run() throws Exception;
    }

    private PanelTurns() {
    }

    /** Runs the change when no other change of the panel runs on this node. */
    static <T> T inTurn(PanelId panel, Change<T> change) throws Exception {
        var turn = TURNS[Math.floorMod(panel.hashCode(), TURNS.length)];
        try {
            if (!turn.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ConcurrentUpdate("panel", panel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdate("panel", panel);
        }
        try {
            return change.run();
        } finally {
            turn.unlock();
        }
    }
}
