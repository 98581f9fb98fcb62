package org.opencpms.adapters.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opencpms.application.user.TokenRejected;
import org.opencpms.application.user.VerifiedToken;
import org.opencpms.domain.user.Subject;

class RememberedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
    private final TestTime time = new TestTime(NOW);
    private final AtomicInteger verifications = new AtomicInteger();

    private RememberedTokens remembering(Function<String, VerifiedToken> verifier) {
        return new RememberedTokens(header -> {
            verifications.incrementAndGet();
            return verifier.apply(header);
        }, time, time);
    }

    private static VerifiedToken expiringIn(Duration lifetime, String header) {
        return new VerifiedToken(new Subject("https://idp.example.eu", header), null, null, header, NOW.plus(lifetime));
    }

    @Test
    void a_token_is_verified_once_and_then_remembered() {
        var tokens = remembering(header -> expiringIn(Duration.ofMinutes(3), header));

        var first = tokens.verify("Bearer a");
        var again = tokens.verify("Bearer a");

        assertThat(again).isEqualTo(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_remembered_token_is_verified_again_once_it_has_expired() {
        var tokens = remembering(header -> {
            if (time.instant().isAfter(NOW.plusSeconds(60))) {
                throw new TokenRejected("auth.token-expired", "The token has expired.");
            }
            return expiringIn(Duration.ofSeconds(60), header);
        });
        tokens.verify("Bearer a");
        time.pass(Duration.ofSeconds(59));
        tokens.verify("Bearer a");
        time.pass(Duration.ofSeconds(2));

        assertThatThrownBy(() -> tokens.verify("Bearer a"))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.code()).isEqualTo("auth.token-expired"));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_long_lived_token_is_verified_again_after_the_maximum_age() {
        var tokens = remembering(header -> expiringIn(Duration.ofHours(8), header));
        tokens.verify("Bearer a");
        time.pass(RememberedTokens.MAX_AGE.minusSeconds(1));
        tokens.verify("Bearer a");
        time.pass(Duration.ofSeconds(2));

        tokens.verify("Bearer a");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_never_remembered() {
        var tokens = remembering(header -> {
            throw new TokenRejected("auth.bad-signature", "The token's signature does not verify.");
        });

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.verify("Bearer forged")).isInstanceOf(TokenRejected.class);
        }

        assertThat(verifications).hasValue(3);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_missing_header_is_refused_by_the_verifier_every_time() {
        var tokens = remembering(header -> {
            throw new TokenRejected("auth.missing-token", "This request needs an OpenID Connect bearer token.");
        });

        assertThatThrownBy(() -> tokens.verify(null)).isInstanceOf(TokenRejected.class);
        assertThatThrownBy(() -> tokens.verify(" ")).isInstanceOf(TokenRejected.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void at_most_the_bound_of_tokens_is_remembered() {
        var tokens = remembering(header -> expiringIn(Duration.ofMinutes(3), header));

        for (int i = 0; i < RememberedTokens.MAX_ENTRIES + 50; i++) {
            tokens.verify("Bearer t" + i);
        }

        assertThat(tokens.size()).isEqualTo(RememberedTokens.MAX_ENTRIES);
    }

    @Test
    void a_forged_token_claiming_a_remembered_subject_is_still_refused() {
        var idp = new TrainingIssuer("https://idp.example.eu", "opencpms");
        var impostor = new TrainingIssuer("https://idp.example.eu", "opencpms");
        var tokens = new RememberedTokens(new TokenVerifier(List.of(idp.trust()))::verify, java.time.Clock.systemUTC(),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        tokens.verify("Bearer " + idp.issue("hp.berlin", "Dr Berlin", "hp@example.eu"));

        assertThatThrownBy(() -> tokens.verify("Bearer " + impostor.issue("hp.berlin", "Dr Berlin", "hp@example.eu")))
                .isInstanceOf(TokenRejected.class);
    }
}
