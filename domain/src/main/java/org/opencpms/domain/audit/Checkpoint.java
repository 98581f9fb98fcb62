package org.opencpms.domain.audit;

import java.time.Instant;
import org.opencpms.domain.shared.Require;

/**
 * A head of the audit chain as it was at a moment, kept outside the database ({@link CheckpointLog}): a chain
 * rewritten as a whole afterwards, records and head alike, no longer leads to it.
 */
public record Checkpoint(ChainHead head, Instant at) {

    public Checkpoint {
        Require.present(head, "head");
        Require.present(at, "at");
    }
}
