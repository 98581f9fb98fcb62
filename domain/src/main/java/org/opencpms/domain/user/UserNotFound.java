package org.opencpms.domain.user;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.UserId;

/** No user has the id asked for. */
public final class UserNotFound extends NotFound {

    public static final String CODE = "user.not-found";

    private static final long serialVersionUID = 1L;

    public UserNotFound(UserId id) {
        super(CODE, "no user " + id);
    }
}
