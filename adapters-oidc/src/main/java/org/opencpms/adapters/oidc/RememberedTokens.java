package org.opencpms.adapters.oidc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import org.opencpms.application.user.VerifiedToken;

/**
 * Bearer tokens verified once and then remembered until they expire, so that a token's signature, issuer, audience
 * and expiry are not checked again on each of its requests. Keyed by the SHA-256 of the Authorization header (the
 * token itself is not kept). An entry never outlives its token's expiry, nor {@link #MAX_AGE} (a signing key the
 * provider withdraws stops its tokens within that); at most {@link #MAX_ENTRIES} tokens, the least used leave first.
 * A token that fails verification is never remembered: it is verified, and refused, on every use. Thread-safe; no
 * thread of its own.
 */
final class RememberedTokens {

    static final int MAX_ENTRIES = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Function<String, VerifiedToken> verifier;
    private final Cache<String, VerifiedToken> verified;

    RememberedTokens(Function<String, VerifiedToken> verifier, Clock clock, Ticker ticker) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfter(untilExpiry(clock))
                .ticker(ticker).executor(Runnable::run).build();
    }

    /** @throws org.opencpms.application.user.TokenRejected as the verifier does */
    VerifiedToken verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return verifier.apply(authorization);
        }
        return verified.get(sha256(authorization), key -> verifier.apply(authorization));
    }

    /** How many tokens are remembered now (after pending maintenance), for tests. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static Expiry<String, VerifiedToken> untilExpiry(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String key, VerifiedToken token, long now) {
                var left = Duration.between(clock.instant(), token.expiresAt());
                return left.isNegative() ? 0 : Math.min(left.toNanos(), MAX_AGE.toNanos());
            }

            @Override
            public long expireAfterUpdate(String key, VerifiedToken token, long now, long remaining) {
                return remaining;
            }

            @Override
            public long expireAfterRead(String key, VerifiedToken token, long now, long remaining) {
                return remaining;
            }
        };
    }

    private static String sha256(String authorization) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
