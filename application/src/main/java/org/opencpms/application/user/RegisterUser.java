package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * A person signs in for the first time with their OpenID Connect identity and becomes a user with no
 * grants, who may then request access.
 */
@ApplicationScoped
@Transactional
public class RegisterUser {

    public record Command(Subject subject, String displayName, EmailAddress email, Country country) {
        public Command {
            Require.present(subject, "oidc-subject");
            Require.present(displayName, "display-name");
            Require.present(email, "email");
            Require.present(country, "country");
        }
    }

    private final Users users;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RegisterUser(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.users = users;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws SubjectAlreadyRegistered {@code user.already-registered} if the subject has a user already */
    public SignedIn handle(Command cmd) {
        if (users.findBySubject(cmd.subject()).isPresent()) {
            throw new SubjectAlreadyRegistered();
        }
        var user = User.register(UserId.random(), cmd.subject(), cmd.displayName(), cmd.email(), cmd.country(),
                clock.instant());
        users.save(user);
        events.publish(user.pullEvents());
        auditing.record(user.asActor(), AuditAction.LOGIN, "User", user.id(), null, "first sign-in");
        return new SignedIn(user.id(), user.grants());
    }
}
