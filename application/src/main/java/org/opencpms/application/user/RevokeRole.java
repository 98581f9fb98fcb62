package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Users;

/** A coordinator takes back a role a user holds in their ERN (or a grant they may give, see {@link GrantRole}). */
@ApplicationScoped
@Transactional
public class RevokeRole {

    /** @param expectedVersion the user's version the caller read, or null for no check */
    public record Command(Actor actor, UserId user, Long expectedVersion, RoleGrant grant) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
            Require.present(grant, "role-grant");
        }
    }

    private final UserChanges changes;

    @Inject
    public RevokeRole(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.changes = new UserChanges(users, events, auditing, clock);
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     * @throws ConcurrentUpdate {@code user.concurrent-update} if the user changed since {@code expectedVersion}
     */
    public void handle(Command cmd) {
        changes.change(cmd.user(), cmd.expectedVersion(), cmd.actor(), "role revoked: " + cmd.grant().role(),
                (user, now) -> user.revoke(cmd.grant(), cmd.actor(), now));
    }
}
