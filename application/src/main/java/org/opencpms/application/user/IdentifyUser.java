package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * The {@link Actor} a registered user acts as at this moment: their id and the grants they hold now. This is how an
 * embedding application that authenticated a person itself (and knows their user id) gets the Actor to hand to the
 * use cases; the library trusts the Actor it is given, so the caller answers for having authenticated the person.
 * Read-only and not audited, like {@link IdentifyCaller}, which does the same from an OpenID Connect identity.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IdentifyUser {

    public record Query(UserId user) {
        public Query {
            Require.present(user, "user");
        }
    }

    private final Users users;

    @Inject
    public IdentifyUser(Users users) {
        this.users = users;
    }

    /** @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} */
    public Actor handle(Query query) {
        return users.get(query.user()).asActor();
    }
}
