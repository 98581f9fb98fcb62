package org.opencpms.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;

/**
 * The secret in a calendar feed's address: 256 random bits as 43 base64url characters. Only its SHA-256
 * {@link #digest()} is stored, so the stored feeds do not hand out their addresses.
 */
public record FeedSecret(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public FeedSecret {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("feed-secret", "43 base64url characters");
        }
    }

    /** A new secret from {@code random}, which must be a cryptographically strong generator. */
    public static FeedSecret random(RandomGenerator random) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return new FeedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The secret {@code text} names, if it has the form of one. */
    public static Optional<FeedSecret> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new FeedSecret(text)) : Optional.empty();
    }

    /** The SHA-256 of the secret, as 64 lower-case hexadecimal digits. */
    public String digest() {
        try {
            var sha = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "FeedSecret[...]";
    }
}
