package org.opencpms.domain.user;

import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.UserId;

/** Only users themselves change their profile and notification preferences. */
public final class NotOwnAccount extends Forbidden {

    public static final String CODE = "user.not-own-account";

    private static final long serialVersionUID = 1L;

    public NotOwnAccount(UserId user) {
        super(CODE, "only user " + user + " may change their own account");
    }
}
