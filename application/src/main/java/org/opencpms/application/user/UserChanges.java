package org.opencpms.application.user;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * The steps every change of an existing user account takes, in order: load it ({@code user.not-found}),
 * check the version the caller read ({@code user.concurrent-update}), let the domain make the change at the
 * clock's instant, save, publish the recorded events and audit the change. Nothing is saved, published or
 * audited when the change throws. The user-account counterpart of the panels' {@code PanelChanges}.
 */
final class UserChanges {

    private static final String RESOURCE = "User";

    private final Users users;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    UserChanges(Users users, DomainEvents events, Auditing auditing, Clock clock) {
        this.users = users;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    void change(UserId id, Long expectedVersion, Actor actor, String purpose, BiConsumer<User, Instant> change) {
        var user = users.get(id);
        ConcurrentUpdate.check("user", user.id(), expectedVersion, user.version());
        change.accept(user, clock.instant());
        users.save(user);
        events.publish(user.pullEvents());
        auditing.record(actor, AuditAction.UPDATE, RESOURCE, user.id(), null, purpose);
    }
}
