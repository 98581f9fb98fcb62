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

/**
 * A coordinator gives a user a role in their ERN (or a centre assistant role for a health
 * professional of that centre); a health professional makes a colleague a guest expert on a panel.
 */
@ApplicationScoped
@Transactional
public class GrantRole {

    /** @param expectedVersion the user's version the caller read, or null for no check */
    public record Command(Actor actor, UserId user, Long expectedVersion, RoleGrant grant) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
            Require.present(grant, "role-grant");
        }
    }

    private final Users users;
    private final UserChanges changes;

    @Inject
    public GrantRole(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.users = users;
        this.changes = new UserChanges(users, events, auditing, clock);
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     * @throws ConcurrentUpdate {@code user.concurrent-update} if the user changed since {@code expectedVersion}
     * @throws org.opencpms.domain.user.GrantForbidden {@code user.grant-forbidden}
     * @throws org.opencpms.domain.user.ActingForNotHealthProfessional {@code user.acting-for-not-hp} for an
     *         assistant of anyone but a health professional of that centre
     * @throws org.opencpms.domain.user.IllegalGrant {@code user.assistant-for-self} or {@code user.assistant-and-guest}
     */
    public void handle(Command cmd) {
        changes.change(cmd.user(), cmd.expectedVersion(), cmd.actor(), "role granted: " + cmd.grant().role(),
                (user, now) -> user.grant(cmd.grant(), cmd.actor(), cmd.grant().assistantFor().flatMap(users::find), now));
    }
}
