package org.opencpms.application.user;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.user.Subject;

/**
 * What a valid bearer token establishes: who (issuer + subject), the claimed name and e-mail, its id and expiry,
 * and for a machine client the OAuth client it was issued to ({@code client_id}, else {@code azp}) and the subject
 * of the health professional it acts for ({@code acting_for}, at the same issuer). The optional parts are null
 * when the token does not carry them.
 */
public record VerifiedToken(Subject subject, String displayName, String email, String tokenId, Instant expiresAt,
                            String clientId, String actingFor) {

    /** A person's token: no client, acting for nobody else. */
    public VerifiedToken(Subject subject, String displayName, String email, String tokenId, Instant expiresAt) {
        this(subject, displayName, email, tokenId, expiresAt, null, null);
    }

    public Optional<String> client() {
        return Optional.ofNullable(clientId);
    }

    /** The health professional a machine client's token names, as a subject of the token's issuer. */
    public Optional<Subject> actingForSubject() {
        return Optional.ofNullable(actingFor).map(hp -> new Subject(subject.issuer(), hp));
    }
}
