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
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.Users;

/** A user chooses how they hear about one kind of notification: in-app, by e-mail, both or not at all. */
@ApplicationScoped
@Transactional
public class ChooseNotificationChannel {

    /** @param expectedVersion the user's version the caller read, or null for no check */
    public record Command(Actor actor, UserId user, Long expectedVersion, NotificationKind kind,
                          NotificationChannel channel) {
        public Command {
            Require.present(actor, "actor");
            Require.present(user, "user");
            Require.present(kind, "notification-kind");
            Require.present(channel, "notification-channel");
        }
    }

    private final UserChanges changes;

    @Inject
    public ChooseNotificationChannel(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.changes = new UserChanges(users, events, auditing, clock);
    }

    /**
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found}
     * @throws ConcurrentUpdate {@code user.concurrent-update} if the user changed since {@code expectedVersion}
     */
    public void handle(Command cmd) {
        changes.change(cmd.user(), cmd.expectedVersion(), cmd.actor(), "notification channel chosen",
                (user, now) -> user.choose(cmd.kind(), cmd.channel(), cmd.actor(), now));
    }
}
