package org.opencpms.domain.audit;

import java.util.Optional;

/**
 * Port: heads of the audit chain anchored outside the database that holds the chain, in an append-only sink that an
 * operator ships elsewhere (a file, a log stream).
 *
 * <p>Invariants: checkpoints are only appended, each signed by this server's key; {@link #latest()} returns the most
 * recent checkpoint whose signature holds (a line that is not one of ours is ignored, never trusted), so that someone
 * able to rewrite the database cannot move the anchor without the key.
 */
public interface CheckpointLog {

    /** Appends a signed checkpoint and makes it durable before returning. */
    void append(Checkpoint checkpoint);

    /** The most recent checkpoint with a valid signature, if any. */
    Optional<Checkpoint> latest();
}
