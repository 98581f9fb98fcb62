package org.opencpms.adapters.oidc;

import org.jose4j.keys.resolvers.VerificationKeyResolver;

/**
 * An OpenID Connect provider whose tokens OpenCPMS accepts: its issuer URL ({@code iss}), the audience its
 * tokens must name ({@code aud}), and where its signing keys come from (the provider's JWKS, or the key the
 * training mode generated at start).
 */
public record TrustedIssuer(String issuer, String audience, VerificationKeyResolver keys) {
}
