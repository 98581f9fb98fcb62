package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) edits the consultation form, until the panel reaches sign-off. The
 * records hospital systems sent (laboratory results, the family history's relatives) are not the editor's: they stay
 * ({@link ConsultationForm#keepingRecordsOf}).
 */
@ApplicationScoped
@Transactional
public class EditConsultationForm {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, ConsultationForm form) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(form, "consultation-form");
        }
    }

    private final PanelChanges changes;

    @Inject
    public EditConsultationForm(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                                Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.consultation-form-incomplete} once the panel
     *         left DRAFT
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE,
                "edit consultation form",
                (panel, now) -> panel.editForm(cmd.actor(), cmd.form().keepingRecordsOf(panel.form()), now));
    }
}
