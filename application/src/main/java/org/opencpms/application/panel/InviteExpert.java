package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * The panel lead (or a coordinator, dispatcher or panel manager of the lead ERN) invites an expert
 * to the panel: a health professional of the lead ERN or another ERN, or a guest expert of this panel.
 */
@ApplicationScoped
@Transactional
public class InviteExpert {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, UserId invitee) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(invitee, "invitee");
        }
    }

    private final Users users;
    private final PanelChanges changes;

    @Inject
    public InviteExpert(Panels panels, Patients patients, AccessPolicy policy, Users users, DomainEvents events,
                        Auditing auditing, Clock clock) {
        this.users = users;
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} for an unknown invitee
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state} or
     *         {@code panel.invitee-not-eligible}
     * @throws org.opencpms.domain.panel.PanelConflict {@code panel.duplicate-invitation}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE, "invite expert",
                (panel, now) -> panel.invite(users.get(cmd.invitee()).asActor(), cmd.actor(), now));
    }
}
