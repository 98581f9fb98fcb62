package org.opencpms.application.user;

/**
 * A bearer token that does not prove who the caller is, with a stable code that every edge answers with 401:
 * {@code auth.missing-token}, {@code auth.malformed-token}, {@code auth.token-expired}, {@code auth.untrusted-issuer},
 * {@code auth.wrong-audience}, {@code auth.bad-signature}, {@code auth.invalid-token}, and for machine clients
 * {@code auth.acting-for-missing} (a registered client's token names no health professional) and
 * {@code auth.client-not-registered} (a token names a health professional but its client is not registered).
 */
public final class TokenRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public TokenRejected(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String title() {
        return "Unauthorized";
    }
}
