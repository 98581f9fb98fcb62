package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.Users;

/**
 * Who is behind an already signed-in OpenID Connect identity, with the grants they hold at this moment (so a
 * revoked grant stops working at the next request, not when the token expires). Read-only and not audited:
 * the edge calls it on every request; {@link SignIn} is the audited event, once per session. A single read
 * needs no transaction of its own, so it joins the caller's if there is one and starts none otherwise. A
 * {@link PlatformOperators platform operator} named in configuration is recognised here and acts with the operator
 * capability alone, whatever grants a user with the same identity may hold.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class IdentifyCaller {

    public record Query(Subject subject) {
        public Query {
            Require.present(subject, "oidc-subject");
        }
    }

    private final Users users;
    private final PlatformOperators operators;

    @Inject
    public IdentifyCaller(Users users, PlatformOperators operators) {
        this.users = users;
        this.operators = operators;
    }

    /**
     * The platform operator or the registered user with this subject, or empty for a newcomer, who may only look up
     * centres and file an access request.
     */
    public Optional<SignedIn> handle(Query query) {
        return operators.signedIn(query.subject()).or(() ->
                users.findBySubject(query.subject()).map(user -> new SignedIn(user.id(), user.grants())));
    }
}
