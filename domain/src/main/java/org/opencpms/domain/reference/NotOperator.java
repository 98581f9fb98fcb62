package org.opencpms.domain.reference;

import org.opencpms.domain.shared.Forbidden;

/**
 * Only a platform operator registers and updates centres, records their ERN memberships, establishes networks
 * and disease groups, and appoints an ERN's coordinators (see {@link PlatformRoles#requireOperator}).
 */
public final class NotOperator extends Forbidden {

    public static final String CODE = "operator.required";

    private static final long serialVersionUID = 1L;

    NotOperator() {
        super(CODE, "only a platform operator may change reference data or appoint an ERN's coordinators");
    }
}
