package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.opencpms.domain.audit.ChainVerification;

/**
 * The last verification of the audit chain finished on this node (an auditor's or the scheduled one), for the
 * operator's metrics and alerts. Thread-safe; forgotten on restart, when the next scheduled check answers again.
 */
@ApplicationScoped
public class AuditChainStatus {

    /** A verification and when it finished. */
    public record Last(ChainVerification verification, Instant finishedAt) {
    }

    private final AtomicReference<Last> last = new AtomicReference<>();

    void finished(ChainVerification verification, Instant at) {
        last.set(new Last(verification, at));
    }

    public Optional<Last> last() {
        return Optional.ofNullable(last.get());
    }
}
