package org.opencpms.adapters.persistence.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * One record of a chain exactly as stored: the raw column values, so that a record altered into
 * something that is no longer a valid {@link AuditEntry} can still be hashed and reported.
 *
 * <p>The hash is the lower-case hex SHA-256 of a canonical encoding in which no two different
 * records share a byte sequence: a format tag, then every field in a fixed order — the chain number
 * (4 bytes; only in chains other than 0, whose format tag differs: chain 0 continues the single chain
 * of earlier versions, and its records, stored ones included, keep their format), the sequence
 * number in the chain (8 bytes), the time (epoch seconds, 8 bytes, and nanoseconds, 4 bytes), then the actor,
 * action, resource type, resource id, patient, origin, purpose and previous hash, each text written
 * as a presence byte (0 for absent) followed by its UTF-8 length (4 bytes) and its UTF-8 bytes.
 */
record AuditRecord(int chain, long seq, Instant at, UUID actor, String action, String resourceType, String resourceId,
                   UUID patient, String origin, String purpose, String previousHash, String hash) {

    /** The previous hash of the first record. */
    static final String GENESIS = "0".repeat(64);

    /** The format of chain 0's records: without the chain number. */
    private static final String FORMAT = "opencpms-audit-entry/1";

    /** The format of the other chains' records: with the chain number. */
    private static final String CHAINED_FORMAT = "opencpms-audit-entry/2";

    /** One digest per thread: looking it up costs more than hashing a record; {@code digest()} resets it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    });

    /**
     * The record that appends {@code entry} to {@code chain} as number {@code seq} after a record whose hash is
     * {@code previousHash}. Its time is truncated to microseconds, the precision both engines store.
     */
    static AuditRecord append(int chain, long seq, AuditEntry entry, String previousHash) {
        var unhashed = new AuditRecord(chain, seq, stored(entry.at()), entry.byUser().map(UserId::value).orElse(null),
                entry.action().name(), entry.resourceType(), entry.resourceId(),
                entry.concerningPatient().map(PatientId::value).orElse(null), entry.origin(), entry.purpose(),
                previousHash, null);
        return unhashed.withHash(unhashed.computedHash());
    }

    /** The instant as the trail stores it: truncated to microseconds. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime toColumn(Instant at) {
        return stored(at).atOffset(ZoneOffset.UTC);
    }

    AuditRecord withHash(String newHash) {
        return new AuditRecord(chain, seq, at, actor, action, resourceType, resourceId, patient, origin, purpose,
                previousHash, newHash);
    }

    /** Whether the stored hash is the hash of the stored fields. */
    boolean intact() {
        return computedHash().equals(hash);
    }

    /** The SHA-256 of this record's canonical encoding (everything but its own hash). */
    String computedHash() {
        try {
            var bytes = new ByteArrayOutputStream(256);
            var out = new DataOutputStream(bytes);
            if (chain == 0) {
                text(out, FORMAT);
            } else {
                text(out, CHAINED_FORMAT);
                out.writeInt(chain);
            }
            out.writeLong(seq);
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
            text(out, actor == null ? null : actor.toString());
            text(out, action);
            text(out, resourceType);
            text(out, resourceId);
            text(out, patient == null ? null : patient.toString());
            text(out, origin);
            text(out, purpose);
            text(out, previousHash);
            out.flush();
            return HexFormat.of().formatHex(SHA_256.get().digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** The domain's view of this record. */
    AuditEntry toEntry() {
        return new AuditEntry(at, actor == null ? null : new UserId(actor), AuditAction.valueOf(action), resourceType,
                resourceId, patient == null ? null : new PatientId(patient), origin, purpose);
    }
}
