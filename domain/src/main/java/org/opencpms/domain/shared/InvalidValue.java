package org.opencpms.domain.shared;

/** A value that does not satisfy its own format or range, e.g. a blank nickname or a malformed code. */
public final class InvalidValue extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public InvalidValue(String what, String message) {
        super(what + ".invalid", message);
    }
}
