package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditChain;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.domain.audit.CheckpointLog;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * An auditor verifies the whole audit trail (every chain), against the latest checkpoint anchored outside the database, and is
 * told the progress of a long check. Any auditor may (the answer holds counts and sequence numbers, no entry); the
 * verification is itself audited. Two steps, so that an adapter can refuse before it starts to stream progress:
 * {@link #authorise} checks who asks, {@link #handle} verifies.
 */
@ApplicationScoped
@Transactional
public class VerifyAuditChain {

    /** A verification an auditor was allowed to start. */
    public static final class Request {

        private final Actor auditor;

        private Request(Actor auditor) {
            this.auditor = auditor;
        }
    }

    private final AuditChain chain;
    private final CheckpointLog checkpoints;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final AuditChainStatus status;
    private final Clock clock;

    @Inject
    public VerifyAuditChain(AuditChain chain, CheckpointLog checkpoints, AccessPolicy policy, Auditing auditing,
                            AuditChainStatus status, Clock clock) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.policy = policy;
        this.auditing = auditing;
        this.status = status;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.audit-forbidden} unless an auditor asks */
    public Request authorise(Actor actor) {
        Require.present(actor, "actor");
        policy.requireReadAudit(actor);
        return new Request(actor);
    }

    /** Verifies the chain. */
    public ChainVerification handle(Request request) {
        return handle(request, AuditChain.Progress.NONE);
    }

    /** Verifies the chain; {@code progress} is told the number of records checked now and then. */
    public ChainVerification handle(Request request, AuditChain.Progress progress) {
        Require.present(request, "request");
        var verification = chain.verify(checkpoints.latest(), progress);
        status.finished(verification, clock.instant());
        auditing.record(request.auditor, AuditAction.READ, "AuditChain", verification.upTo().records(), null,
                "verification of the audit trail");
        return verification;
    }
}
