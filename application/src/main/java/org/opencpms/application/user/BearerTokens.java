package org.opencpms.application.user;

import java.util.Optional;

/**
 * Port: the bearer tokens this deployment trusts (signed JWTs of the configured OpenID Connect provider, and in
 * training mode of the training issuer). Every inbound edge (REST, FHIR) verifies through it, via
 * {@link AuthenticateCaller}, so that a token means the same on each.
 */
public interface BearerTokens {

    /**
     * @param authorization the value of the Authorization header, or null
     * @throws TokenRejected if it is missing, not a bearer JWT, or not valid for any trusted issuer
     */
    VerifiedToken verify(String authorization);

    /** The training issuer, present only in training mode. */
    Optional<TrainingTokens> training();
}
