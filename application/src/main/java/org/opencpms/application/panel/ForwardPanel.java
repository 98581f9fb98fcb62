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
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A coordinator of the lead ERN forwards the panel to another ERN, which becomes its lead ERN. */
@ApplicationScoped
@Transactional
public class ForwardPanel {

    /**
     * @param expectedVersion the panel's version the caller read, or null for no check
     * @param to              the ERN that is to lead the panel
     * @param reason          why the panel is forwarded (required)
     */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, Ern to, String reason) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(to, "ern");
        }
    }

    private final PanelChanges changes;

    @Inject
    public ForwardPanel(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events, Auditing auditing,
                        Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden} unless the actor is a coordinator of
     *         the lead ERN
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.forward-to-same-ern}
     * @throws org.opencpms.domain.shared.InvalidValue {@code reason.invalid} without a reason
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE, "forward panel",
                (panel, now) -> panel.forward(cmd.to(), cmd.actor(), cmd.reason(), now));
    }
}
