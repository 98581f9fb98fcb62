package org.opencpms.domain.audit;

import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The last record of the audit chain: its sequence number (0 for an empty chain) and its hash (64 lower-case hex
 * digits; 64 zeros for an empty chain). Whoever keeps a head can later tell whether the chain still leads to it.
 */
public record ChainHead(long sequence, String hash) {

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
