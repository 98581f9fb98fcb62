package org.opencpms.application.user;

import java.security.Principal;
import java.util.Set;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * Who signed in: the user and the role grants they act with (none for a newcomer). The edge may hand it on as the
 * request's {@link Principal}, named by the user id, so that another service of the same web module (DICOMweb) knows
 * the caller without knowing how the token was checked.
 */
public record SignedIn(UserId user, Set<RoleGrant> grants) implements Principal {

    public SignedIn {
        Require.present(user, "user");
        grants = Set.copyOf(Require.present(grants, "grants"));
    }

    @Override
    public String getName() {
        return user.toString();
    }

    /** The actor the edge passes to every use case for this user. */
    public Actor asActor() {
        return new Actor(user, grants);
    }
}
