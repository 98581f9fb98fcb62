package org.opencpms.domain.user;

import org.opencpms.domain.shared.Conflict;

/** An OpenID Connect subject belongs to one user only, and this one is registered already. */
public final class SubjectAlreadyRegistered extends Conflict {

    public static final String CODE = "user.already-registered";

    private static final long serialVersionUID = 1L;

    public SubjectAlreadyRegistered() {
        super(CODE, "this OpenID Connect subject is already registered");
    }
}
