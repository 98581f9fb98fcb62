package org.opencpms.domain.consent;

import org.opencpms.domain.shared.NotFound;

/** No consent has the id asked for. */
public final class ConsentNotFound extends NotFound {

    public static final String CODE = "consent.not-found";

    private static final long serialVersionUID = 1L;

    public ConsentNotFound(ConsentId id) {
        super(CODE, "no consent " + id);
    }
}
