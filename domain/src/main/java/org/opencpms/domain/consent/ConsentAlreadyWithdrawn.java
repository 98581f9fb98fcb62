package org.opencpms.domain.consent;

import org.opencpms.domain.shared.Conflict;

/** A consent is withdrawn once. */
public final class ConsentAlreadyWithdrawn extends Conflict {

    public static final String CODE = "consent.already-withdrawn";

    private static final long serialVersionUID = 1L;

    ConsentAlreadyWithdrawn(ConsentId id) {
        super(CODE, "consent " + id + " is already withdrawn");
    }
}
