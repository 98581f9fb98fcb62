package org.opencpms.application.user;

import java.util.Set;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** Who signed in: the user and the role grants they act with (none for a newcomer). */
public record SignedIn(UserId user, Set<RoleGrant> grants) {

    public SignedIn {
        Require.present(user, "user");
        grants = Set.copyOf(Require.present(grants, "grants"));
    }

    /** The actor the edge passes to every use case for this user. */
    public Actor asActor() {
        return new Actor(user, grants);
    }
}
