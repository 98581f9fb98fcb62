package org.opencpms.domain.audit;

import java.util.Optional;

/**
 * Port: the tamper evidence of the {@link AuditTrail}, a hash chain over its records in the order of recording.
 *
 * <p>Invariants: {@link #head()} names the last record appended by a committed transaction; {@link #verify} checks
 * every record up to the head read when the check begins (records appended meanwhile are left for the next check)
 * and reports the first breach — a record altered, deleted or inserted, or, against an anchor, a chain rewritten as
 * a whole. Verification reads; it never locks out writers.
 */
public interface AuditChain {

    /** Told how far a verification has come. */
    @FunctionalInterface
    interface Progress {

        /** Nothing to tell. */
        Progress NONE = (checked, of) -> { };

        /** {@code checked} records of the {@code of} up to the head checked so far. */
        void checked(long checked, long of);
    }

    /** The head of the chain now. */
    ChainHead head();

    /**
     * Checks the chain, and, given an anchor, that the record at the anchor's sequence number still carries the
     * anchor's hash.
     *
     * @param progress told the number of records checked so far, now and then (at least once at the end)
     */
    ChainVerification verify(Optional<Checkpoint> anchor, Progress progress);
}
