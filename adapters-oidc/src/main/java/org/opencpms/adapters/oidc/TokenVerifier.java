package org.opencpms.adapters.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.opencpms.application.user.TokenRejected;
import org.opencpms.application.user.VerifiedToken;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.user.Subject;

/**
 * Validates bearer tokens (signed JWTs) against the trusted OpenID Connect issuers: the signature with the
 * issuer's keys (asymmetric algorithms only — {@code none} and HMAC are refused), the issuer, the audience, the
 * expiry and not-before (30 s of clock skew), and a subject. A machine client's token also yields its client
 * ({@code client_id}, else {@code azp}) and whom it acts for ({@code acting_for}). Thread-safe; one per application.
 */
public final class TokenVerifier {

    static final int CLOCK_SKEW_SECONDS = 30;
    private static final AlgorithmConstraints ASYMMETRIC_ONLY = new AlgorithmConstraints(ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
            AlgorithmIdentifiers.RSA_PSS_USING_SHA384, AlgorithmIdentifiers.RSA_PSS_USING_SHA512,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
            AlgorithmIdentifiers.ECDSA_USING_P521_CURVE_AND_SHA512);
    private static final JwtConsumer ISSUER_PEEK = new JwtConsumerBuilder()
            .setSkipAllValidators().setDisableRequireSignature().setSkipSignatureVerification().build();

    private final Map<String, JwtConsumer> consumers;

    public TokenVerifier(List<TrustedIssuer> issuers) {
        this.consumers = issuers.stream().collect(Collectors.toUnmodifiableMap(TrustedIssuer::issuer,
                TokenVerifier::consumerFor, (a, b) -> {
                    throw new IllegalArgumentException("issuer configured twice");
                }));
    }

    private static JwtConsumer consumerFor(TrustedIssuer issuer) {
        return new JwtConsumerBuilder()
                .setExpectedIssuer(issuer.issuer())
                .setExpectedAudience(issuer.audience())
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setVerificationKeyResolver(issuer.keys())
                .setJwsAlgorithmConstraints(ASYMMETRIC_ONLY)
                .build();
    }

    /**
     * @param authorization the value of the Authorization header, or null
     * @throws TokenRejected if it is missing, not a bearer JWT, or not valid for any trusted issuer
     */
    public VerifiedToken verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new TokenRejected("auth.missing-token", "This request needs an OpenID Connect bearer token.");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new TokenRejected("auth.malformed-token", "The Authorization header must be 'Bearer <token>'.");
        }
        var jwt = authorization.substring(7).trim();
        var consumer = consumers.get(issuerOf(jwt));
        if (consumer == null) {
            throw new TokenRejected("auth.untrusted-issuer", "The token's issuer is not trusted by this server.");
        }
        try {
            return toVerified(consumer.processToClaims(jwt));
        } catch (InvalidJwtException e) {
            throw rejection(e);
        } catch (MalformedClaimException | InvalidValue e) {
            throw new TokenRejected("auth.malformed-token", "The token's claims are malformed.");
        }
    }

    private static String issuerOf(String jwt) {
        try {
            var issuer = ISSUER_PEEK.processToClaims(jwt).getIssuer();
            if (issuer == null) {
                throw new TokenRejected("auth.untrusted-issuer", "The token names no issuer.");
            }
            return issuer;
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            if (e instanceof TokenRejected rejected) {
                throw rejected;
            }
            throw new TokenRejected("auth.malformed-token", "The bearer token is not a well-formed JWT.");
        }
    }

    private static TokenRejected rejection(InvalidJwtException e) {
        if (e.hasExpired()) {
            return new TokenRejected("auth.token-expired", "The token has expired.");
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return new TokenRejected("auth.wrong-audience", "The token is not meant for this server.");
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return new TokenRejected("auth.bad-signature", "The token's signature does not verify.");
        }
        return new TokenRejected("auth.invalid-token", "The token is not valid.");
    }

    private static VerifiedToken toVerified(JwtClaims claims) throws MalformedClaimException {
        Function<String, String> text = name -> {
            var value = claims.getClaimValue(name);
            return value instanceof String s && !s.isBlank() ? s : null;
        };
        var name = text.apply("name") != null ? text.apply("name") : text.apply("preferred_username");
        var tokenId = claims.getJwtId() != null ? claims.getJwtId()
                : claims.getIssuer() + "|" + claims.getSubject() + "|" + claims.getIssuedAt();
        var client = text.apply("client_id") != null ? text.apply("client_id") : text.apply("azp");
        return new VerifiedToken(new Subject(claims.getIssuer(), claims.getSubject()), name, text.apply("email"),
                tokenId, Instant.ofEpochSecond(claims.getExpirationTime().getValue()), client, text.apply("acting_for"));
    }
}
