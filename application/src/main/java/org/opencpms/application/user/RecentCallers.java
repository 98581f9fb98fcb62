package org.opencpms.application.user;

import java.util.Optional;
import java.util.function.Function;
import org.opencpms.domain.user.Subject;

/**
 * Port: the callers the edge identified in the last few seconds, so that the requests of one signed-in user read their
 * account and grants once per few seconds instead of once per request ({@link AuthenticateCaller}).
 *
 * <p>Invariants:
 * <ul>
 *   <li>a remembered caller is never older than the deployment's maximum age (zero: nothing is remembered, every
 *       request identifies its caller afresh);</li>
 *   <li>{@link #forget} takes effect at once on this node: the subject's next request is identified afresh. It is
 *       called after every committed save of a user (grants, account, profile), so a withdrawn grant stops working
 *       on this node at the next request and on the other nodes of a cluster within the maximum age;</li>
 *   <li>a subject nobody is registered with is never remembered, so a newcomer is recognised at the first request
 *       after their registration;</li>
 *   <li>a caller identified while a change of theirs commits is not remembered from before the change.</li>
 * </ul>
 */
public interface RecentCallers {

    /**
     * The caller with this subject: as remembered, or else as {@code identifyNow} finds them (and then remembered if
     * registered).
     */
    Optional<SignedIn> identify(Subject subject, Function<Subject, Optional<SignedIn>> identifyNow);

    /** The account of the user with this subject changed: identify them afresh at their next request. */
    void forget(Subject subject);

    /** Remembers nothing: every request identifies its caller afresh (an embedding application, tests). */
    static RecentCallers none() {
        return new RecentCallers() {
            @Override
            public Optional<SignedIn> identify(Subject subject, Function<Subject, Optional<SignedIn>> identifyNow) {
                return identifyNow.apply(subject);
            }

            @Override
            public void forget(Subject subject) {
                // nothing remembered, nothing to forget
            }
        };
    }
}
