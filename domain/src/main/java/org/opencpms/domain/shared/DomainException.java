package org.opencpms.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A broken business rule, with a stable machine-readable {@link #code()} such as
 * {@code consent.already-withdrawn}. There are exactly four kinds, which adapters map to their
 * protocol: {@link NotFound} (404), {@link RuleViolation} (422), {@link Conflict} (409) and
 * {@link Forbidden} (403).
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, RuleViolation, Conflict, Forbidden {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final String code;

    protected DomainException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("exception code must be dot-separated lower-case: " + code);
        }
        this.code = code;
    }

    /** The stable code of this failure, e.g. {@code panel.illegal-transition}. */
    public String code() {
        return code;
    }
}
