package org.opencpms.adapters.rest.ops;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Content-Security-Policy of the web application's pages: scripts, styles and images from the server itself, no
 * framing, and requests to the server and to the OpenID Connect provider the application signs in with (the origin of
 * {@code opencpms.oidc.issuer}: its discovery document, token and revocation endpoints), nowhere else.
 */
final class PagePolicy {

    private PagePolicy() {
    }

    static String fromConfiguration() {
        return forIssuer(ConfigProvider.getConfig().getOptionalValue("opencpms.oidc.issuer", String.class));
    }

    static String forIssuer(Optional<String> issuer) {
        var provider = issuer.map(URI::create).filter(uri -> uri.getScheme() != null && uri.getHost() != null)
                .map(uri -> " " + uri.getScheme() + "://" + uri.getAuthority()).orElse("");
        return "default-src 'self'; connect-src 'self'" + provider
                + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    }
}
