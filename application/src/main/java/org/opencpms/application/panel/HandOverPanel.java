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
 * The panel lead hands the panel over to a member who is a health professional of the lead ERN; the
 * previous lead stays on as a member.
 */
@ApplicationScoped
@Transactional
public class HandOverPanel {

    /**
     * @param expectedVersion the panel's version the caller read, or null for no check
     * @param newLead         the member who is to lead the panel
     */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, UserId newLead) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(newLead, "new-lead");
        }
    }

    private final Users users;
    private final PanelChanges changes;

    @Inject
    public HandOverPanel(Panels panels, Patients patients, AccessPolicy policy, Users users, DomainEvents events,
                         Auditing auditing, Clock clock) {
        this.users = users;
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} for an unknown new lead
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state} or
     *         {@code panel.handover-not-eligible}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE, "hand panel over",
                (panel, now) -> panel.handOver(users.get(cmd.newLead()).asActor(), cmd.actor(), now));
    }
}
