/**
 * The OpenID Connect adapter: implements {@link org.opencpms.application.user.BearerTokens} with jose4j. A token is a
 * signed JWT (asymmetric algorithms only) of a trusted issuer, for the configured audience, unexpired, with a subject;
 * a machine client's token also names its client ({@code client_id}, else {@code azp}) and the health professional it
 * acts for ({@code acting_for}). In training mode the {@link org.opencpms.adapters.oidc.TrainingIssuer} is trusted too.
 * A verified token is remembered until it expires ({@link org.opencpms.adapters.oidc.RememberedTokens}, keyed by its
 * SHA-256), and {@link org.opencpms.adapters.oidc.CaffeineRecentCallers} implements the application's
 * {@link org.opencpms.application.user.RecentCallers}: the callers identified in the last few seconds.
 * Configuration through MicroProfile Config only: {@code opencpms.oidc.issuer}, {@code opencpms.oidc.jwks-url},
 * {@code opencpms.oidc.audience}, {@code opencpms.training}, {@code opencpms.auth.caller-cache-seconds}.
 */
package org.opencpms.adapters.oidc;
