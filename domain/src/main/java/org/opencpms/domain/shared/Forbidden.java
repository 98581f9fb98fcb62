package org.opencpms.domain.shared;

/** An actor who may not do or see what they asked for. Subclass it for a specific, named failure. */
public non-sealed class Forbidden extends DomainException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String code, String message) {
        super(code, message);
    }
}
