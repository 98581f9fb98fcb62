package org.opencpms.domain.shared;

/** Something that was asked for by id does not exist. Subclass it for a specific, named failure. */
public non-sealed class NotFound extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFound(String code, String message) {
        super(code, message);
    }
}
