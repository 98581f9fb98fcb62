package org.opencpms.application.accessrequest;

import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Forbidden;

/** Only a coordinator of an ERN sees the access requests waiting for it. */
public final class AccessRequestListForbidden extends Forbidden {

    public static final String CODE = "access-request.list-forbidden";

    private static final long serialVersionUID = 1L;

    AccessRequestListForbidden(Ern ern) {
        super(CODE, "only a coordinator of " + ern.code() + " sees its access requests");
    }
}
