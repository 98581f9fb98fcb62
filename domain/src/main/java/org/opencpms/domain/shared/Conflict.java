package org.opencpms.domain.shared;

/** A command that clashes with the current state (a duplicate, a stale version). Subclass it for a specific, named failure. */
public non-sealed class Conflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public Conflict(String code, String message) {
        super(code, message);
    }
}
