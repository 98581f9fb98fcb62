package org.opencpms.adapters.oidc;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.opencpms.application.training.TrainingDataSet;
import org.opencpms.application.user.BearerTokens;
import org.opencpms.application.user.TrainingTokens;
import org.opencpms.application.user.VerifiedToken;

/**
 * Which tokens this server accepts, from configuration (system property, else environment variable):
 * {@code opencpms.oidc.issuer} / {@code OPENCPMS_OIDC_ISSUER} — the OpenID Connect provider (EU Login,
 * Keycloak...); {@code opencpms.oidc.jwks-url} — where its signing keys are published; {@code
 * opencpms.oidc.audience} — the audience its tokens must name (default {@code opencpms}). In training mode
 * ({@code opencpms.training=true}) the {@link TrainingIssuer} is trusted as well. A verified token is
 * {@link RememberedTokens remembered} until it expires, so each token's signature is checked once.
 */
@ApplicationScoped
public class OidcBearerTokens implements BearerTokens {

    public static final String DEFAULT_AUDIENCE = "opencpms";

    private final RememberedTokens verified;
    private final Optional<TrainingIssuer> training;

    public OidcBearerTokens() {
        this(ConfigProvider.getConfig());
    }

    OidcBearerTokens(Config config) {
        var audience = config.getOptionalValue("opencpms.oidc.audience", String.class).orElse(DEFAULT_AUDIENCE);
        var issuers = new ArrayList<TrustedIssuer>();
        config.getOptionalValue("opencpms.oidc.issuer", String.class).ifPresent(issuer -> {
            var jwksUrl = config.getOptionalValue("opencpms.oidc.jwks-url", String.class).orElseThrow(() ->
                    new IllegalStateException("opencpms.oidc.issuer is set but opencpms.oidc.jwks-url is not"));
            issuers.add(new TrustedIssuer(issuer, audience,
                    new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl))));
        });
        this.training = config.getOptionalValue("opencpms.training", Boolean.class).filter(Boolean::booleanValue)
                .map(on -> new TrainingIssuer(TrainingDataSet.ISSUER, audience));
        training.ifPresent(t -> issuers.add(t.trust()));
        this.verified = new RememberedTokens(new TokenVerifier(issuers)::verify, Clock.systemUTC(), Ticker.systemTicker());
    }

    @Override
    public VerifiedToken verify(String authorization) {
        return verified.verify(authorization);
    }

    @Override
    public Optional<TrainingTokens> training() {
        return training.map(TrainingTokens.class::cast);
    }
}
