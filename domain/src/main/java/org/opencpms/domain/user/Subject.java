package org.opencpms.domain.user;

import org.opencpms.domain.shared.Require;

/**
 * Who a person is at their OpenID Connect provider: the token's issuer ({@code iss}) and subject
 * ({@code sub}). The pair is stable and unique; OpenCPMS maps it to exactly one user.
 */
public record Subject(String issuer, String subject) {

    static final int MAX_ISSUER_LENGTH = 500;
    static final int MAX_SUBJECT_LENGTH = 255;

    public Subject {
        issuer = Require.text(issuer, "oidc-issuer", MAX_ISSUER_LENGTH);
        subject = Require.text(subject, "oidc-subject", MAX_SUBJECT_LENGTH);
    }
}
