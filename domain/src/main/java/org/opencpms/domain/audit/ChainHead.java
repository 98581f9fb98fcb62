package org.opencpms.domain.audit;

import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The last record of one chain of the audit trail: its sequence number in the chain (0 for an empty chain) and its
 * hash (64 lower-case hex digits; 64 zeros for an empty chain). Whoever keeps a head can later tell whether the chain
 * still leads to it. The heads of all chains together are a {@link TrailHead}.
 */
public record ChainHead(long sequence, String hash) {

    /** The head of a chain without records. */
    public static final ChainHead EMPTY = new ChainHead(0, "0".repeat(64));

    public ChainHead {
        if (sequence < 0) {
            throw new InvalidValue("audit-head", "a sequence number is 0 or more");
        }
        Require.present(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new InvalidValue("audit-head", "a head hash is 64 lower-case hex digits");
        }
    }
}
