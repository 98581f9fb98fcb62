package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.domain.audit.AuditChain;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.Checkpoint;
import org.opencpms.domain.audit.CheckpointLog;

/**
 * The scheduled watch over the audit chain: verifies it against the latest checkpoint and, only when it is intact,
 * anchors the heads it verified as the next checkpoint (unless those heads are already anchored, or the trail
 * is empty). A breached chain is never anchored, so every later check keeps failing until someone looks; the caller
 * alerts. Run by the server, not by a user: nothing is audited as anyone's act.
 */
@ApplicationScoped
@Transactional
public class WatchAuditChain {

    private final AuditChain chain;
    private final CheckpointLog checkpoints;
    private final AuditChainStatus status;
    private final Clock clock;

    @Inject
    public WatchAuditChain(AuditChain chain, CheckpointLog checkpoints, AuditChainStatus status, Clock clock) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.status = status;
        this.clock = clock;
    }

    public ChainVerification handle() {
        var anchor = checkpoints.latest();
        var verification = chain.verify(anchor, AuditChain.Progress.NONE);
        status.finished(verification, clock.instant());
        var head = verification.upTo();
        boolean anchored = anchor.map(checkpoint -> checkpoint.head().equals(head)).orElse(false);
        if (verification.intact() && head.records() > 0 && !anchored) {
            checkpoints.append(new Checkpoint(head, clock.instant()));
        }
        return verification;
    }
}
