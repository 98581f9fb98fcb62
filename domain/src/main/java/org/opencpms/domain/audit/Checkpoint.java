package org.opencpms.domain.audit;

import java.time.Instant;
import org.opencpms.domain.shared.Require;

/**
 * The heads of the audit trail's chains as they were at a moment, kept outside the database ({@link CheckpointLog}):
 * a chain rewritten as a whole afterwards, records and head alike, no longer leads to its checkpointed head.
 */
public record Checkpoint(TrailHead head, Instant at) {

    public Checkpoint {
        Require.present(head, "head");
        Require.present(at, "at");
    }
}
