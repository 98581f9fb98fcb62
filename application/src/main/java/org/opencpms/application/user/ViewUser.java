package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/** A user looks at their own account ("who am I"), or a coordinator looks at someone's. */
@ApplicationScoped
@Transactional
public class ViewUser {

    public record Query(Actor actor, UserId user) {
        public Query {
            Require.present(actor, "actor");
            Require.present(user, "user");
        }

        /** "Who am I": the actor's own account. */
        public static Query self(Actor actor) {
            return new Query(actor, Require.present(actor, "actor").id());
        }
    }

    private final Users users;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ViewUser(Users users, AccessPolicy policy, Auditing auditing) {
        this.users = users;
        this.policy = policy;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.access.AccessForbidden {@code access.user-forbidden} unless the actor is that
     *         user or a coordinator, whether or not the user exists
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     */
    public UserView handle(Query query) {
        policy.requireViewUser(query.actor(), query.user());
        var user = users.get(query.user());
        auditing.record(query.actor(), AuditAction.READ, "User", user.id(), null, "view account");
        return new UserView(user.id(), user.displayName(), user.email(), user.country(), user.grants(),
                user.notificationPreferences(), user.language(), user.version());
    }
}
