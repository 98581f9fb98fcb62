package org.opencpms.domain.audit;

import java.util.Optional;

/**
 * Port: the tamper evidence of the {@link AuditTrail}: several independent hash chains, each over its records in the
 * order they were appended to it (every record belongs to exactly one chain).
 *
 * <p>Invariants: {@link #head()} names, per chain, the last record appended by a committed transaction;
 * {@link #verify} checks every record of every chain up to the heads read when the check begins (records appended
 * meanwhile are left for the next check) and reports the first breach — a record altered, deleted or inserted, or,
 * against an anchor, a chain rewritten as a whole. Verification reads; it never locks out writers.
 */
public interface AuditChain {

    /** Told how far a verification has come. */
    @FunctionalInterface
    interface Progress {

        /** Nothing to tell. */
        Progress NONE = (checked, of) -> { };

        /** {@code checked} records of the {@code of} up to the heads (all chains) checked so far. */
        void checked(long checked, long of);
    }

    /** The heads of the chains now. */
    TrailHead head();

    /**
     * Checks every chain, and, given an anchor, that in each chain the record at the anchor's sequence number still
     * carries the anchor's hash.
     *
     * @param progress told the number of records checked so far, now and then (at least once at the end)
     */
    ChainVerification verify(Optional<Checkpoint> anchor, Progress progress);
}
