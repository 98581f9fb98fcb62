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
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or a coordinator or dispatcher of the lead ERN on the lead's behalf) ends panel selection
 * and starts the assessment.
 */
@ApplicationScoped
@Transactional
public class StartAssessment {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final PanelChanges changes;

    @Inject
    public StartAssessment(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                           Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.illegal-transition}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.TRANSITION,
                "start assessment",
                (panel, now) -> panel.startAssessment(cmd.actor(), now));
    }
}
