package org.opencpms.domain.user;

import org.opencpms.domain.shared.Forbidden;

/** The actor may not give or take back this role grant (see {@link Actor#mayGrant(RoleGrant)}). */
public final class GrantForbidden extends Forbidden {

    public static final String CODE = "user.grant-forbidden";

    private static final long serialVersionUID = 1L;

    GrantForbidden(Role role) {
        super(CODE, "not allowed to grant or revoke the role " + role);
    }
}
