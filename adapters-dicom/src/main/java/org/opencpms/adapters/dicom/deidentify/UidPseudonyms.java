package org.opencpms.adapters.dicom.deidentify;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Pseudonymous UIDs: {@code 2.25.} followed by the decimal value of the first 128 bits of the keyed HMAC of the
 * original UID (PS3.5 B.2, UUID-derived UIDs), at most 44 characters. The same original always maps to the same
 * UID under the same key, across restarts and nodes; without the key the original cannot be found from it.
 */
final class UidPseudonyms {

    private final Hmac hmac;

    UidPseudonyms(Hmac hmac) {
        this.hmac = hmac;
    }

    String of(String originalUid) {
        byte[] first128Bits = Arrays.copyOf(hmac.of("uid", originalUid.strip()), 16);
        return "2.25." + new BigInteger(1, first128Bits);
    }
}
