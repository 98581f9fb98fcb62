package org.opencpms.domain.accessrequest;

import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Forbidden;

/** The actor may not decide this access request. */
public final class AccessDecisionForbidden extends Forbidden {

    /** Only a coordinator of the request's ERN decides it. */
    public static final String NOT_COORDINATOR = "access-request.not-coordinator";
    /** Nobody decides their own request. */
    public static final String OWN_REQUEST = "access-request.own-request";

    private static final long serialVersionUID = 1L;

    private AccessDecisionForbidden(String code, String message) {
        super(code, message);
    }

    static AccessDecisionForbidden notCoordinator(Ern ern) {
        return new AccessDecisionForbidden(NOT_COORDINATOR, "only a coordinator of " + ern.code() + " decides this request");
    }

    static AccessDecisionForbidden ownRequest() {
        return new AccessDecisionForbidden(OWN_REQUEST, "nobody decides their own access request");
    }
}
