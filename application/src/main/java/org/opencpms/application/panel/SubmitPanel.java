package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfigurations;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead submits the draft (DRAFT to PANEL_SELECTION) once the form is complete, so that
 * experts can be invited; the patient's consents must still allow panels.
 */
@ApplicationScoped
@Transactional
public class SubmitPanel {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final Consents consents;
    private final ErnConfigurations configurations;
    private final PanelChanges changes;

    @Inject
    public SubmitPanel(Panels panels, Patients patients, AccessPolicy policy, Consents consents,
                       ErnConfigurations configurations, DomainEvents events,
                       Auditing auditing, Clock clock) {
        this.consents = consents;
        this.configurations = configurations;
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.illegal-transition},
     *         {@code panel.sharing-consent-required} or {@code panel.consultation-form-incomplete}
     * @throws org.opencpms.domain.dataset.CustomDataIncomplete {@code panel.custom-data-incomplete}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.TRANSITION, "submit panel",
                (panel, now) -> panel.submit(cmd.actor(),
                        PatientConsents.of(panel.patient(), consents.ofPatient(panel.patient()), now),
                        configurations.forErn(panel.leadErn()), now));
    }
}
