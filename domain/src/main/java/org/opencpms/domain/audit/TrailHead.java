package org.opencpms.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The heads of all chains of the audit trail at one moment: chain number (0 or more) to that chain's
 * {@link ChainHead}. The trail is several independent hash chains, so that appends to different chains never wait
 * on each other; this is what a {@link Checkpoint} anchors and a {@link ChainVerification} vouches for.
 *
 * <p>Invariants: in chain order; only chains with at least one record are held (an empty chain is {@link ChainHead#EMPTY}, which
 * {@link #of} answers for any chain not held), so two heads of the same trail are equal exactly when every chain
 * ends at the same record; {@link #records()} is the number of records up to the heads; {@link #digest()} is a
 * SHA-256 over every held chain's number, sequence number and hash in chain order.
 */
public record TrailHead(Map<Integer, ChainHead> chains) {

    /** The head of a trail with no record. */
    public static final TrailHead EMPTY = new TrailHead(Map.of());

    public TrailHead {
        chains = Collections.unmodifiableSortedMap(held(chains));
    }

    /** A trail of one chain (number 0), as the trail was before it had several. */
    public static TrailHead single(ChainHead head) {
        return new TrailHead(Map.of(0, head));
    }

    private static SortedMap<Integer, ChainHead> held(Map<Integer, ChainHead> chains) {
        Require.present(chains, "chains");
        var held = new TreeMap<Integer, ChainHead>();
        chains.forEach((chain, head) -> {
            if (chain == null || chain < 0) {
                throw new InvalidValue("audit-head", "a chain number is 0 or more");
            }
            Require.present(head, "head");
            if (head.sequence() > 0) {
                held.put(chain, head);
            }
        });
        return held;
    }

    /** The head of one chain; {@link ChainHead#EMPTY} for a chain without records. */
    public ChainHead of(int chain) {
        return chains.getOrDefault(chain, ChainHead.EMPTY);
    }

    /** The number of records up to these heads, in all chains. */
    public long records() {
        return chains.values().stream().mapToLong(ChainHead::sequence).sum();
    }

    /** The SHA-256 (lower-case hex) of {@code "<chain> <sequence> <hash>\n"} for every held chain, in chain order. */
    public String digest() {
        var text = new StringBuilder();
        chains.forEach((chain, head) -> text.append(chain).append(' ').append(head.sequence()).append(' ')
                .append(head.hash()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
