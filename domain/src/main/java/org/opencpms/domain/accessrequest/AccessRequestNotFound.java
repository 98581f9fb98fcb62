package org.opencpms.domain.accessrequest;

import org.opencpms.domain.shared.NotFound;

/** No access request has the id asked for. */
public final class AccessRequestNotFound extends NotFound {

    public static final String CODE = "access-request.not-found";

    private static final long serialVersionUID = 1L;

    public AccessRequestNotFound(AccessRequestId id) {
        super(CODE, "no access request " + id);
    }
}
