package org.opencpms.adapters.rest.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.audit.ChainVerification;

/**
 * The outcome of verifying the audit trail's chains: {@code intact}, the heads it was verified up to
 * ({@code upToSequence}: the number of records up to them in all chains; {@code upToHash}: the SHA-256 digest of all
 * chains' heads, see {@link org.opencpms.domain.audit.TrailHead#digest()}), how many records were checked, and the
 * first breach if any ({@code breach}: the record's chain and sequence number in it, what was done to it, and why the
 * chain shows it). Counts and sequence numbers only, no entry.
 */
public record ChainVerificationJson(boolean intact, long upToSequence, String upToHash, long recordsChecked,
                                    Breach breach) {

    /** Where the chain was tampered with first. */
    public record Breach(int chain, long sequence,
                         @Schema(implementation = ChainVerification.Tampering.class) String tampering,
                         String reason) {
    }

    /** One line of the progress stream ({@code application/x-ndjson}): records checked so far, of how many. */
    public record Progress(long recordsChecked, long recordsToCheck) {
    }

    public static ChainVerificationJson of(ChainVerification verification) {
        return new ChainVerificationJson(verification.intact(), verification.upTo().records(),
                verification.upTo().digest(), verification.recordsChecked(), verification.firstBreach()
                .map(b -> new Breach(b.chain(), b.sequence(), b.tampering().name(), b.reason())).orElse(null));
    }
}
