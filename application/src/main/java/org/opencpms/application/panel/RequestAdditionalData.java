package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A panel member asks the lead for additional data about the case. */
@ApplicationScoped
@Transactional
public class RequestAdditionalData {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, String text) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final PanelChanges changes;

    @Inject
    public RequestAdditionalData(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                                 Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the id of what it created, and the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-member}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.shared.InvalidValue {@code data-request.invalid} for a blank or too long text
     */
    public Created<DataRequestId> handle(Command cmd) {
        return changes.create(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE,
                "request additional data",
                (panel, now) -> panel.requestData(cmd.actor(), cmd.text(), now));
    }
}
