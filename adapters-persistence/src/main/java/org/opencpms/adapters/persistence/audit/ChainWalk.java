package org.opencpms.adapters.persistence.audit;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.ChainVerification.Breach;
import org.opencpms.domain.audit.ChainVerification.Tampering;
import org.opencpms.domain.audit.Checkpoint;

/**
 * Walks the stored records of one chain in sequence order against the chain's head read before the walk and finds
 * the first breach of the chain. Checks per record, in this order: the sequence number is the next one
 * (lower: inserted; above the head: inserted; higher: the ones between were deleted), the fields
 * hash to the stored hash (else altered), and the previous hash is the predecessor's hash (else, when
 * it is the hash of the record before the predecessor, the predecessor was inserted there; otherwise
 * the record it was appended after is gone). After the last record: the trail must reach the head's
 * sequence number (else the tail was deleted) with the head's hash (else the last record was altered).
 * Given an anchor (heads kept outside the database), the record at the sequence number of this chain's anchored head
 * must still carry its hash, and the trail must reach it: a chain rewritten as a whole, consistent in itself, fails there.
 */
final class ChainWalk {

    private final int chain;
    private final long headSeq;
    private final String headHash;
    private long expectedSeq = 1;
    private String previousHash = AuditRecord.GENESIS;
    private String beforePreviousHash;
    private final Optional<Anchored> anchor;
    private long checked;

    /** The head of this chain in a checkpoint, and when it was checkpointed. */
    private record Anchored(ChainHead head, Instant at) {
    }

    ChainWalk(int chain, ChainHead head, Optional<Checkpoint> anchor) {
        this.chain = chain;
        this.headSeq = head.sequence();
        this.headHash = head.hash();
        this.anchor = anchor.map(a -> new Anchored(a.head().of(chain), a.at()));
    }

    long checked() {
        return checked;
    }

    /** Checks the next record; a breach if it is one. */
    Optional<Breach> next(AuditRecord record) {
        Optional<Breach> breach = check(record);
        if (breach.isEmpty()) {
            checked++;
            expectedSeq++;
            beforePreviousHash = previousHash;
            previousHash = record.hash();
        }
        return breach;
    }

    private Optional<Breach> check(AuditRecord record) {
        long seq = record.seq();
        if (seq < expectedSeq) {
            return breach(seq, Tampering.INSERTED, "record " + seq + " is out of place: the next record should be " + expectedSeq);
        }
        if (seq > headSeq) {
            return breach(seq, Tampering.INSERTED, "record " + seq + " lies beyond the last appended record " + headSeq);
        }
        if (seq > expectedSeq) {
            return breach(expectedSeq, Tampering.DELETED, "record " + expectedSeq + " is missing: the trail jumps from "
                    + (expectedSeq - 1) + " to " + seq);
        }
        if (!record.intact()) {
            return breach(seq, Tampering.ALTERED, "record " + seq + " no longer matches its hash");
        }
        if (!record.previousHash().equals(previousHash)) {
            if (record.previousHash().equals(beforePreviousHash)) {
                return breach(seq - 1, Tampering.INSERTED, "record " + (seq - 1) + " was put between records " + (seq - 2)
                        + " and " + seq + ", which was appended right after " + (seq - 2));
            }
            return breach(seq, Tampering.DELETED, "record " + seq + " was appended after a record that is no longer in the trail"
                    + " (record " + (seq - 1) + " was replaced, or records before " + seq + " were removed)");
        }
        return anchor.filter(a -> a.head().sequence() == seq && !a.head().hash().equals(record.hash()))
                .flatMap(a -> breach(seq, Tampering.REWRITTEN, "record " + seq + " is not the one checkpointed at " + a.at()
                        + ": the chain was rewritten up to there"));
    }

    /** Checks the end of the trail against the head; a breach if the trail is short or its last record replaced. */
    Optional<Breach> end() {
        long last = expectedSeq - 1;
        var unreached = anchor.filter(a -> a.head().sequence() > last);
        if (unreached.isPresent()) {
            return breach(expectedSeq, Tampering.DELETED, "the trail ends at record " + last + " but record "
                    + unreached.get().head().sequence() + " was checkpointed at " + unreached.get().at());
        }
        if (last < headSeq) {
            return breach(expectedSeq, Tampering.DELETED, "the trail ends at record " + last + " but records were appended up to "
                    + headSeq);
        }
        if (!previousHash.equals(headHash)) {
            return breach(last, Tampering.ALTERED, "record " + last + " is not the last record that was appended");
        }
        return Optional.empty();
    }

    private Optional<Breach> breach(long seq, Tampering tampering, String reason) {
        return Optional.of(new Breach(chain, seq, tampering, reason));
    }
}
