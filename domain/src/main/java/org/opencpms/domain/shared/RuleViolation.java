package org.opencpms.domain.shared;

/** A command that breaks a business rule (also: an invalid value). Subclass it for a specific, named failure. */
public non-sealed class RuleViolation extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String code, String message) {
        super(code, message);
    }
}
