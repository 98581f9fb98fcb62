package org.opencpms.adapters.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.opencpms.application.user.TokenRejected;
import org.opencpms.domain.user.Subject;

class TokenVerifierTest {

    private static final String ISSUER = "https://idp.example.eu";
    private final TrainingIssuer idp = new TrainingIssuer(ISSUER, "opencpms");
    private final TokenVerifier verifier = new TokenVerifier(List.of(idp.trust()));

    @Test
    void a_valid_token_yields_the_subject_and_claimed_name_and_email() {
        var token = verifier.verify("Bearer " + idp.issue("hp.berlin", "Dr Berlin", "hp@example.eu"));

        assertThat(token.subject()).isEqualTo(new Subject(ISSUER, "hp.berlin"));
        assertThat(token.displayName()).isEqualTo("Dr Berlin");
        assertThat(token.email()).isEqualTo("hp@example.eu");
        assertThat(token.tokenId()).isNotBlank();
        assertThat(token.expiresAt()).isAfter(java.time.Instant.now());
    }

    @Test
    void the_bearer_scheme_is_case_insensitive() {
        assertThat(verifier.verify("bearer " + idp.issue("a", "A", "a@example.eu")).subject().subject()).isEqualTo("a");
    }

    @Test
    void a_missing_header_is_a_missing_token() {
        assertRejected(null, "auth.missing-token");
        assertRejected("  ", "auth.missing-token");
    }

    @Test
    void another_scheme_is_a_malformed_token() {
        assertRejected("Basic dXNlcjpwYXNz", "auth.malformed-token");
    }

    @Test
    void garbage_is_a_malformed_token() {
        assertRejected("Bearer not-a-jwt", "auth.malformed-token");
    }

    @Test
    void a_token_of_an_issuer_not_trusted_is_refused() {
        var other = new TrainingIssuer("https://evil.example", "opencpms");
        assertRejected("Bearer " + other.issue("x", "X", "x@example.eu"), "auth.untrusted-issuer");
    }

    @Test
    void a_token_signed_by_another_key_claiming_the_trusted_issuer_is_a_bad_signature() {
        var impostor = new TrainingIssuer(ISSUER, "opencpms");
        assertRejected("Bearer " + impostor.issue("x", "X", "x@example.eu"), "auth.invalid-token", "auth.bad-signature");
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        var trusted = new TrainingIssuer(ISSUER, "another-app");
        var verifierOfTrusted = new TokenVerifier(List.of(new TrustedIssuer(ISSUER, "opencpms", trusted.trust().keys())));

        assertThatThrownBy(() -> verifierOfTrusted.verify("Bearer " + trusted.issue("x", "X", "x@example.eu")))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.code()).isEqualTo("auth.wrong-audience"));
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        var payload = encoder.encodeToString(claims().toJson().getBytes(StandardCharsets.UTF_8));

        assertRejected("Bearer " + header + "." + payload + ".", "auth.invalid-token");
    }

    @Test
    void a_token_signed_with_a_shared_secret_is_refused_even_with_valid_claims() throws Exception {
        var jws = new JsonWebSignature();
        jws.setPayload(claims().toJson());
        jws.setKey(new HmacKey(new byte[32]));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);

        assertRejected("Bearer " + jws.getCompactSerialization(), "auth.invalid-token");
    }

    @Test
    void every_rejection_is_unauthorized() {
        assertThatThrownBy(() -> verifier.verify(null))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.title()).isEqualTo("Unauthorized"));
    }

    private static JwtClaims claims() {
        var claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("opencpms");
        claims.setSubject("attacker");
        var expiry = NumericDate.now();
        expiry.addSeconds(600);
        claims.setExpirationTime(expiry);
        return claims;
    }

    private void assertRejected(String header, String... codes) {
        assertThatThrownBy(() -> verifier.verify(header))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.code()).isIn((Object[]) codes));
    }
}
