package org.opencpms.adapters.rest.security;

import java.time.Instant;
import org.opencpms.domain.user.Subject;

/** What a valid bearer token establishes: who (issuer + subject), the claimed name and e-mail, its id and expiry. */
public record VerifiedToken(Subject subject, String displayName, String email, String tokenId, Instant expiresAt) {
}
