package org.opencpms.adapters.rest.panel;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.opencpms.adapters.rest.problem.ServerErrorMapper;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;

/**
 * Adds something to a panel that does not depend on what others add at the same moment (a timeline comment, a
 * contribution, a comment on one). The panel is one aggregate, so two such additions at once collide on its
 * version; without {@code If-Match} the client asked for no precondition, so the addition is simply tried again
 * on the fresh panel (each attempt is its own transaction, and the domain checks its rules again); so is one
 * the database refused because a concurrent transaction held the panel's row. With
 * {@code If-Match} a collision stays a 412. Answers what the attempt that went through answered.
 *
 * <p>On one node, additions to one panel take turns: an attempt, its transaction's commit included, runs only when
 * no other addition to the same panel is running on this node (fair, in order of arrival; panels share a fixed set
 * of turns by hash). They would collide anyway, so waiting costs nothing; it turns six comments at once into six
 * answered comments instead of retries that run out; and it keeps two saves of one panel from ever racing inside
 * the embedded H2 database, whose row locks let two such transactions both commit the same version (a comment
 * answered 200 and then missing, about once in 10 to 200 bursts of six; see PanelWorkflowIT). Across nodes
 * (PostgreSQL) the version check alone decides, as before.
 */
final class AdditiveChange {

    static final int ATTEMPTS = 4;

    /** How long an addition waits for its turn before it is answered as a concurrent update (409). */
    static final long TURN_WAIT_SECONDS = 30;

    private static final ReentrantLock[] TURNS = new ReentrantLock[64];

    static {
        for (int i = 0; i < TURNS.length; i++) {
            TURNS[i] = new ReentrantLock(true);
        }
    }

    private AdditiveChange() {
    }

    static <T> T apply(PanelId panel, Long expectedVersion, Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTurn(panel, change);
            } catch (RuntimeException failure) {
                var collision = failure instanceof ConcurrentUpdate || ServerErrorMapper.isLockConflict(failure);
                if (!collision || expectedVersion != null || attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    /** Runs one attempt when no other addition to the panel runs on this node. */
    private static <T> T inTurn(PanelId panel, Supplier<T> change) {
        var turn = TURNS[Math.floorMod(panel.hashCode(), TURNS.length)];
        try {
            if (!turn.tryLock(TURN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ConcurrentUpdate("panel", panel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdate("panel", panel);
        }
        try {
            return change.get();
        } finally {
            turn.unlock();
        }
    }
}
