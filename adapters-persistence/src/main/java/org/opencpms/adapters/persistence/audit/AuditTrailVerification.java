package org.opencpms.adapters.persistence.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking the audit trail's hash chain: how many records were checked and, unless
 * the trail is intact, the first place where it was tampered with.
 */
public record AuditTrailVerification(long recordsChecked, Optional<Breach> firstBreach) {

    /** What was done to the trail at a breach. */
    public enum Tampering {
        /** A record's stored fields no longer hash to its stored hash, or the last record is not the one appended. */
        ALTERED,
        /** A record is missing: a gap in the sequence, a trail that ends before its head, or a record linking to a predecessor that is gone. */
        DELETED,
        /** A record that was never appended: a sequence number out of place or beyond the head, or a record spliced between two others. */
        INSERTED
    }

    /** The first breach: the sequence number it concerns, what was done, and why the chain shows it. */
    public record Breach(long sequence, Tampering tampering, String reason) {

        public Breach {
            Objects.requireNonNull(tampering, "tampering");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public AuditTrailVerification {
        Objects.requireNonNull(firstBreach, "firstBreach");
    }

    static AuditTrailVerification intact(long recordsChecked) {
        return new AuditTrailVerification(recordsChecked, Optional.empty());
    }

    static AuditTrailVerification breached(long recordsChecked, Breach breach) {
        return new AuditTrailVerification(recordsChecked, Optional.of(breach));
    }

    /** Whether every record is in place, unaltered, and the chain ends where its head says. */
    public boolean intact() {
        return firstBreach.isEmpty();
    }
}
