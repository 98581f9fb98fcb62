package org.opencpms.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.notification.DeadMail;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A platform operator lists the mails given up on after their last try, the latest failed first. */
@ApplicationScoped
@Transactional
public class ListDeadMail {

    public record Query(Actor actor, int offset, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.page(offset, limit);
        }
    }

    private final MailQueue queue;
    private final Auditing auditing;

    @Inject
    public ListDeadMail(MailQueue queue, Auditing auditing) {
        this.queue = queue;
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator */
    public List<DeadMail> handle(Query query) {
        PlatformRoles.requireOperator(query.actor());
        auditing.record(query.actor(), AuditAction.READ, "DeadMail", "all", null, "list dead mail");
        return queue.dead(query.offset(), query.limit());
    }
}
