package org.opencpms.application.user;

import org.opencpms.domain.shared.Forbidden;

/** A user's account is seen by that user and by coordinators only. */
public final class UserViewForbidden extends Forbidden {

    public static final String CODE = "user.view-forbidden";

    private static final long serialVersionUID = 1L;

    UserViewForbidden() {
        super(CODE, "only the user themselves or a coordinator sees this account");
    }
}
