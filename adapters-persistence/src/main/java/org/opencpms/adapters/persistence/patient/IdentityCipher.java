package org.opencpms.adapters.persistence.patient;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts patients' identifying data at rest, with the JDK's own crypto only, from one 256-bit
 * secret given by the deployment.
 *
 * <p>From the secret it derives (HMAC-SHA256 with fixed labels) an AES-256 key, a blind-index key
 * and a key id, so the secret itself encrypts nothing:
 * <ul>
 *   <li>{@link #encrypt} uses AES-GCM with a random 96-bit IV per value and a 128-bit tag, and binds
 *       each ciphertext to its context (table, column and row) as additional authenticated data, so a
 *       value copied to another row or column no longer decrypts. The result is text:
 *       {@code <key id>:<base64 of IV followed by ciphertext and tag>}.</li>
 *   <li>{@link #blindIndex} is a keyed HMAC-SHA256 (hex): equal inputs give equal indexes, so a
 *       unique constraint and a lookup work on it, while nobody without the secret can compute or
 *       reverse it.</li>
 * </ul>
 * The key id (8 hex digits) names the secret a value was encrypted with: a value of another key
 * fails with a message saying so, rather than as a tampered value.
 *
 * <p>In the EAR the composition root ({@code org.opencpms.bootstrap}) builds it with {@link #fromBase64} from the
 * configured key. Thread-safe: each thread keeps its
 * own {@link Cipher} (initialised afresh, with a new IV, for every value) and its own {@link Mac}
 * (initialised once with the blind-index key), since looking them up costs more than using them and
 * neither may be shared between threads.
 */
public final class IdentityCipher {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";

    private final SecretKey encryptionKey;
    private final SecretKey indexKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(IdentityCipher::newCipher);
    private final ThreadLocal<Mac> indexMacs;

    /** @param secret 32 bytes of secret randomness; copied, the caller may wipe it afterwards */
    public IdentityCipher(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length != KEY_BYTES) {
            throw new IllegalArgumentException("the identity key must be " + KEY_BYTES * 8 + " bits (" + KEY_BYTES
                    + " bytes), not " + secret.length + " bytes");
        }
        var master = new SecretKeySpec(secret, HMAC);
        this.encryptionKey = new SecretKeySpec(hmac(master, "opencpms identity encryption"), "AES");
        this.indexKey = new SecretKeySpec(hmac(master, "opencpms identity blind index"), HMAC);
        this.keyId = HexFormat.of().formatHex(hmac(master, "opencpms identity key id"), 0, 4);
        this.indexMacs = ThreadLocal.withInitial(() -> newMac(indexKey));
    }

    /** A cipher from a base64 secret of 256 bits, e.g. the output of {@code openssl rand -base64 32}. */
    public static IdentityCipher fromBase64(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the identity key is not base64", e);
        }
        try {
            return new IdentityCipher(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The id of the key values are encrypted with: 8 hex digits derived from the secret. */
    public String keyId() {
        return keyId;
    }

    /**
     * Encrypts a value for one place.
     *
     * @param context where the value is stored, e.g. {@code patient_identity.given_name:<patient id>};
     *                the same context must be given to decrypt it
     */
    public String encrypt(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Decrypts a value {@link #encrypt encrypted} for the same context.
     *
     * @throws IllegalStateException if the value was encrypted with another key, for another context,
     *         or was altered
     */
    public String decrypt(String stored, String context) {
        Objects.requireNonNull(stored, "stored");
        int colon = stored.indexOf(':');
        String storedKeyId = colon < 0 ? "" : stored.substring(0, colon);
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException("identifying data of " + context + " was encrypted with key '" + storedKeyId
                    + "', but the configured key is '" + keyId + "'");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("identifying data of " + context + " does not decrypt: altered, moved or corrupt");
        }
    }

    /** The blind index of a value: keyed HMAC-SHA256 as 64 lower-case hex digits. */
    public String blindIndex(String value) {
        Objects.requireNonNull(value, "value");
        return HexFormat.of().formatHex(indexMacs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKey key, String data) {
        return newMac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(AES_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String toString() {
        return "IdentityCipher[key " + keyId + "]";
    }
}
