package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.Users;

/** A user changes their own display name, e-mail address, country and the language of their e-mails. */
@ApplicationScoped
@Transactional
public class UpdateProfile {

    /**
     * @param expectedVersion the user's version the caller read, or null for no check
     * @param language        the language of their e-mails, or null to keep the one chosen before
     */
    public record Command(Actor actor, UserId user, Long expectedVersion, String displayName, EmailAddress email,
                          Country country, Language language) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
            Require.present(displayName, "display-name");
            Require.present(email, "email");
            Require.present(country, "country");
        }
    }

    private final UserChanges changes;

    @Inject
    public UpdateProfile(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.changes = new UserChanges(users, events, auditing, clock);
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     * @throws ConcurrentUpdate {@code user.concurrent-update} if the user changed since {@code expectedVersion}
     */
    public void handle(Command cmd) {
        changes.change(cmd.user(), cmd.expectedVersion(), cmd.actor(), "profile updated",
                (user, now) -> user.updateProfile(cmd.displayName(), cmd.email(), cmd.country(),
                        cmd.language() == null ? user.language() : cmd.language(), cmd.actor(), now));
    }
}
