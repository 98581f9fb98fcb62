package org.opencpms.domain.user;

import org.opencpms.domain.shared.Forbidden;

/**
 * A machine client (a hospital system registered to one centre) names someone it may not act for: not a health
 * professional of that centre, or nobody OpenCPMS knows (the same answer, so that users cannot be probed).
 */
public final class DelegationForbidden extends Forbidden {

    public static final String CODE = "client.acting-for-forbidden";

    private static final long serialVersionUID = 1L;

    public DelegationForbidden() {
        super(CODE, "a machine client acts only for a health professional of the centre it is registered to");
    }
}
