package org.opencpms.domain.accessrequest;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The decision on an access request: accepted or rejected, by whom and when; a rejection carries
 * its reason (at most {@value #MAX_REASON_LENGTH} characters), an acceptance none.
 */
public record AccessDecision(AccessRequestStatus outcome, UserId decidedBy, Instant decidedAt, String reason) {

    static final int MAX_REASON_LENGTH = 2000;

    public AccessDecision {
        if (Require.present(outcome, "decision-outcome") == AccessRequestStatus.PENDING) {
            throw new InvalidValue("decision-outcome", "a decision accepts or rejects");
        }
        Require.present(decidedBy, "decided-by");
        Require.present(decidedAt, "decided-at");
        if (outcome == AccessRequestStatus.REJECTED) {
            reason = Require.text(reason, "rejection-reason", MAX_REASON_LENGTH);
        } else if (reason != null) {
            throw new InvalidValue("rejection-reason", "an acceptance has no rejection reason");
        }
    }

    public static AccessDecision accepted(UserId by, Instant at) {
        return new AccessDecision(AccessRequestStatus.ACCEPTED, by, at, null);
    }

    public static AccessDecision rejected(UserId by, Instant at, String reason) {
        return new AccessDecision(AccessRequestStatus.REJECTED, by, at, reason);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(reason);
    }
}
