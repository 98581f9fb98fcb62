package org.opencpms.application.user;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.user.UserNotFound;

/** Nobody has registered with this OpenID Connect subject yet (code {@code user.not-found}, as {@link UserNotFound}). */
public final class UnknownSubject extends NotFound {

    private static final long serialVersionUID = 1L;

    UnknownSubject() {
        super(UserNotFound.CODE, "no user for this OpenID Connect subject; register first");
    }
}
