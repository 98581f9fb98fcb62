package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Users;

/** A user changes their own display name, e-mail address and country. */
@ApplicationScoped
@Transactional
public class UpdateProfile {

    /** @param expectedVersion the user's version the caller read, or null for no check */
    public record Command(Actor actor, UserId user, String displayName, EmailAddress email, Country country,
                          Long expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
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
    public UpdateProfile(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.users = users;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     * @throws ConcurrentUpdate {@code user.concurrent-update} if the user changed since {@code expectedVersion}
     */
    public void handle(Command cmd) {
        var user = users.get(cmd.user());
        ConcurrentUpdate.check("user", user.id(), cmd.expectedVersion(), user.version());
        user.updateProfile(cmd.displayName(), cmd.email(), cmd.country(), cmd.actor(), clock.instant());
        users.save(user);
        events.publish(user.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "User", user.id(), null, "profile updated");
    }
}
