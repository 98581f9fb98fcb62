package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.Users;

/**
 * A registered user signs in with their OpenID Connect identity and acts with the grants they hold now; a
 * {@link PlatformOperators platform operator} signs in with the operator capability. A machine client signing in
 * for a health professional ({@link AuthenticateCaller}) is audited as that professional's sign-in naming the client.
 */
@ApplicationScoped
@Transactional
public class SignIn {

    /** @param machineClient the machine client signing in for the user, or null when the user signs in themselves */
    public record Command(Subject subject, String machineClient) {
        public Command {
            Require.present(subject, "oidc-subject");
        }

        public Command(Subject subject) {
            this(subject, null);
        }
    }

    private final Users users;
    private final PlatformOperators operators;
    private final Auditing auditing;

    @Inject
    public SignIn(Users users, PlatformOperators operators, Auditing auditing) {
        this.users = users;
        this.operators = operators;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} if the subject names no operator and nobody
     *         registered with it
     */
    public SignedIn handle(Command cmd) {
        var operator = operators.signedIn(cmd.subject());
        if (operator.isPresent()) {
            auditing.record(operator.get().asActor(), AuditAction.LOGIN, "User", operator.get().user(), null,
                    "operator sign-in");
            return operator.get();
        }
        var user = users.getBySubject(cmd.subject());
        auditing.record(user.asActor(), AuditAction.LOGIN, "User", user.id(), null,
                cmd.machineClient() == null ? "sign-in" : "sign-in by machine client " + cmd.machineClient());
        return new SignedIn(user.id(), user.grants());
    }
}
