package org.opencpms.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking the audit trail's hash chains up to their heads (the ones read when the check began): how
 * many records were checked and, unless the trail is intact, the first place where it was tampered with (in the
 * lowest-numbered chain that shows a breach). An intact verification vouches for its heads, which may then be
 * anchored as a {@link Checkpoint}.
 */
public record ChainVerification(TrailHead upTo, long recordsChecked, Optional<Breach> firstBreach) {

    /** What was done to the trail at a breach. */
    public enum Tampering {
        /** A record's stored fields no longer hash to its stored hash, or the last record is not the one appended. */
        ALTERED,
        /** A record is missing: a gap in the sequence, a trail that ends before its head, or a record linking to a predecessor that is gone. */
        DELETED,
        /** A record that was never appended: a sequence number out of place or beyond the head, or a record spliced between two others. */
        INSERTED,
        /**
         * The chain is consistent in itself but no longer carries a head that was anchored outside the database
         * (a {@link Checkpoint}): rewritten as a whole, records and head, from that record on or before it.
         */
        REWRITTEN
    }

    /** The first breach: the chain and sequence number in it that it concerns, what was done, and why the chain shows it. */
    public record Breach(int chain, long sequence, Tampering tampering, String reason) {

        public Breach {
            Objects.requireNonNull(tampering, "tampering");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public ChainVerification {
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(firstBreach, "firstBreach");
    }

    public static ChainVerification intact(TrailHead upTo, long recordsChecked) {
        return new ChainVerification(upTo, recordsChecked, Optional.empty());
    }

    public static ChainVerification breached(TrailHead upTo, long recordsChecked, Breach breach) {
        return new ChainVerification(upTo, recordsChecked, Optional.of(breach));
    }

    /** Whether every record is in place, unaltered, and every chain ends where its head says. */
    public boolean intact() {
        return firstBreach.isEmpty();
    }
}
