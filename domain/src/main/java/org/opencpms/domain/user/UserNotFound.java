package org.opencpms.domain.user;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.UserId;

/** No user has the id asked for, or nobody has registered with the OpenID Connect subject given. */
public final class UserNotFound extends NotFound {

    public static final String CODE = "user.not-found";

    private static final long serialVersionUID = 1L;

    public UserNotFound(UserId id) {
        super(CODE, "no user " + id);
    }

    /** Nobody registered with this subject yet; the message names the issuer, not the subject. */
    public UserNotFound(Subject subject) {
        super(CODE, "no user for this subject of " + subject.issuer() + "; register first");
    }
}
