package org.opencpms.adapters.rest.panel;

import java.util.function.Supplier;
import org.opencpms.adapters.rest.problem.ServerErrorMapper;
import org.opencpms.domain.shared.ConcurrentUpdate;

/**
 * Adds something to a panel that does not depend on what others add at the same moment (a timeline comment, a
 * contribution, a comment on one). The panel is one aggregate, so two such additions at once collide on its
 * version; without {@code If-Match} the client asked for no precondition, so the addition is simply tried again
 * on the fresh panel (each attempt is its own transaction, and the domain checks its rules again); so is one
 * the database refused because a concurrent transaction held the panel's row. With
 * {@code If-Match} a collision stays a 412. Answers what the attempt that went through answered. Its resource
 * takes the panel's turn first ({@link OnePanelChangeAtATime}), so on one node the attempts no longer meet each
 * other; what is left to retry are collisions with another node.
 */
final class AdditiveChange {

    static final int ATTEMPTS = 4;

    private AdditiveChange() {
    }

    static <T> T apply(Long expectedVersion, Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (RuntimeException failure) {
                var collision = failure instanceof ConcurrentUpdate || ServerErrorMapper.isLockConflict(failure);
                if (!collision || expectedVersion != null || attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }
}
