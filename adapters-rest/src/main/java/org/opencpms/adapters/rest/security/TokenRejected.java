package org.opencpms.adapters.rest.security;

import org.opencpms.adapters.rest.problem.ProblemException;

/**
 * A bearer token that does not prove who the caller is: 401 with a stable code ({@code auth.missing-token},
 * {@code auth.malformed-token}, {@code auth.token-expired}, {@code auth.untrusted-issuer},
 * {@code auth.wrong-audience}, {@code auth.bad-signature}, {@code auth.invalid-token}).
 */
public final class TokenRejected extends ProblemException {

    private static final long serialVersionUID = 1L;

    public TokenRejected(String code, String detail) {
        super(401, code, "Unauthorized", detail);
    }
}
