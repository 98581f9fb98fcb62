package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.notification.NotificationNotFound;
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A platform operator sends a dead mail again (after fixing what made it fail): it is pending and due at once, with
 * its attempts counted afresh; the mail worker sends it with its Message-ID unchanged.
 */
@ApplicationScoped
@Transactional
public class RetryDeadMail {

    public record Command(Actor actor, NotificationId notification) {
        public Command {
            Require.present(actor, "actor");
            Require.present(notification, "notification-id");
        }
    }

    private final MailQueue queue;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RetryDeadMail(MailQueue queue, Auditing auditing, Clock clock) {
        this.queue = queue;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator
     * @throws NotificationNotFound {@code notification.not-found} unless the notification's mail is dead
     */
    public void handle(Command cmd) {
        PlatformRoles.requireOperator(cmd.actor());
        if (!queue.retry(cmd.notification(), clock.instant())) {
            throw new NotificationNotFound(cmd.notification());
        }
        auditing.record(cmd.actor(), AuditAction.UPDATE, "DeadMail", cmd.notification(), null, "retry dead mail");
    }
}
