package org.opencpms.adapters.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.opencpms.application.user.TrainingTokens;

/**
 * The token issuer of training mode: an RSA key pair generated when the server starts (never stored, so
 * tokens die with the server) that signs short-lived tokens for the training accounts. Exists only in
 * training mode; production trusts only the configured OpenID Connect provider.
 */
public final class TrainingIssuer implements TrainingTokens {

    private final String issuer;
    private final String audience;
    private final RsaJsonWebKey key;

    public TrainingIssuer(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
        var pair = generateKeyPair();
        this.key = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        this.key.setPrivateKey(pair.getPrivate());
        this.key.setKeyId("training-" + UUID.randomUUID());
        this.key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    private static KeyPair generateKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no RSA", e);
        }
    }

    /** Trust in this issuer, for the {@link TokenVerifier}. */
    public TrustedIssuer trust() {
        return new TrustedIssuer(issuer, audience, new JwksVerificationKeyResolver(List.of(key)));
    }

    /** The public key as a JWKS document, as an OpenID Connect provider publishes it. */
    public String jwks() {
        return new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    @Override
    public String issue(String username, String displayName, String email) {
        var claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(username);
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setNotBeforeMinutesInThePast(1);
        var expiry = NumericDate.now();
        expiry.addSeconds(LIFETIME.toSeconds());
        claims.setExpirationTime(expiry);
        claims.setClaim("name", displayName);
        claims.setClaim("email", email);
        claims.setClaim("preferred_username", username);
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a training token", e);
        }
    }
}
