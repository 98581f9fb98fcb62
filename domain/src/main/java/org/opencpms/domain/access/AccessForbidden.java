package org.opencpms.domain.access;

import org.opencpms.domain.shared.Forbidden;

/** An actor asked to see something the access policy does not let them see. */
public final class AccessForbidden extends Forbidden {

    private static final long serialVersionUID = 1L;

    AccessForbidden(String code, String message) {
        super(code, message);
    }
}
