package org.opencpms.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * A stand-in OpenID Connect provider for the end-to-end tests: publishes its JWKS on
 * {@code http://127.0.0.1:18089/idp/jwks.json} (the server under test is configured to trust issuer
 * {@value #ISSUER} with that JWKS) and signs tokens — valid ones, and the broken ones a token attack uses. For a
 * browser's sign-in a real provider ({@link CodeFlowProvider}) takes its place for a while: the same issuer at the
 * same address, signing with the same key and publishing it at the same JWKS address.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://127.0.0.1:18089/idp";
    public static final String AUDIENCE = "opencpms";
    static final int PORT = 18089;
    private static TestIdentityProvider instance;

    private final RsaJsonWebKey key = rsaKey("idp-" + UUID.randomUUID());
    private final RsaJsonWebKey strangerKey = rsaKey(key.getKeyId());
    private final byte[] jwks;
    private HttpServer server;

    private TestIdentityProvider() {
        jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                .getBytes(StandardCharsets.UTF_8);
        server = serve();
    }

    private HttpServer serve() {
        try {
            var http = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            http.createContext("/idp/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the test JWKS on port " + PORT, e);
        }
    }

    /** The provider, started on first use (it lives as long as the test JVM). */
    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    /** The signing key with its private part, for the {@link CodeFlowProvider} that signs for this issuer. */
    String signingKey() {
        return key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
    }

    /** Frees the port for the {@link CodeFlowProvider}, which then serves the same keys at the same address. */
    synchronized void pause() {
        server.stop(0);
    }

    /** Serves the JWKS again once the {@link CodeFlowProvider} has stopped. */
    synchronized void resume() {
        server = serve();
    }

    /** A valid token for {@code subject}, valid for an hour. */
    public String token(String subject, String name) {
        return sign(claims(ISSUER, AUDIENCE, subject, name, 3600), key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /**
     * A client-credentials token of the machine client {@code clientId} (its subject and {@code client_id}), naming
     * in {@code acting_for} the subject of the health professional it acts for, or none when {@code actingFor} is null.
     */
    public String clientToken(String clientId, String actingFor) {
        var claims = claims(ISSUER, AUDIENCE, clientId, clientId, 3600);
        claims.setClaim("client_id", clientId);
        if (actingFor != null) {
            claims.setClaim("acting_for", actingFor);
        }
        return sign(claims, key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    public String expiredToken(String subject) {
        return sign(claims(ISSUER, AUDIENCE, subject, subject, -600), key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    public String tokenFromIssuer(String issuer, String subject) {
        return sign(claims(issuer, AUDIENCE, subject, subject, 3600), key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    public String tokenForAudience(String audience, String subject) {
        return sign(claims(ISSUER, audience, subject, subject, 3600), key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** Signed by another key that claims the provider's key id. */
    public String tokenWithForeignSignature(String subject) {
        return sign(claims(ISSUER, AUDIENCE, subject, subject, 3600), strangerKey, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** An unsecured JWT ({@code alg: none}) with otherwise valid claims. */
    public String unsignedToken(String subject) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var payload = encoder.encodeToString(claims(ISSUER, AUDIENCE, subject, subject, 3600).toJson()
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JwtClaims claims(String issuer, String audience, String subject, String name, int secondsValid) {
        var claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setGeneratedJwtId();
        claims.setClaim("name", name);
        var now = NumericDate.now();
        var issuedAt = NumericDate.fromSeconds(now.getValue() + Math.min(0, secondsValid) - 60);
        claims.setIssuedAt(issuedAt);
        var expiry = NumericDate.fromSeconds(now.getValue() + secondsValid);
        claims.setExpirationTime(expiry);
        return claims;
    }

    private static String sign(JwtClaims claims, RsaJsonWebKey key, String algorithm) {
        var jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey rsaKey(String keyId) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setPrivateKey(pair.getPrivate());
            jwk.setKeyId(keyId);
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jwk;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
