package org.opencpms.domain.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * New ids laid out as RFC 9562 version-7 UUIDs: the 48 most significant bits are the Unix time in
 * milliseconds of the instant given, the other 74 bits (besides version and variant) random. Ids
 * created later sort later, so that a store's indexes on them grow at one edge instead of at random
 * places. The instant is passed in, as all time in the domain.
 *
 * <p>Such an id discloses when it was created: use it only for things whose creation time anyone who
 * sees the id may know (a consent, a chat message), never where that time is identifying (a patient's
 * enrolment date is identifying data, so patient and pseudonym ids stay fully random).
 */
public final class TimeOrderedUuids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long MAX_MILLIS = (1L << 48) - 1;

    private TimeOrderedUuids() {
    }

    /**
     * A new id for something created at {@code instant}.
     *
     * @throws InvalidValue {@code created-at.invalid} for an instant before 1970 or beyond the year 10889
     */
    public static UUID at(Instant instant) {
        long millis = Require.present(instant, "created-at").toEpochMilli();
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new InvalidValue("created-at", "outside the range of a time-ordered id: " + instant);
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long most = (millis << 16) | 0x7000L | randA;
        long least = 0x8000_0000_0000_0000L | (bits(random, 2) & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(most, least);
    }

    private static long bits(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        return value;
    }
}
