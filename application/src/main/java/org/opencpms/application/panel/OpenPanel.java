package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A health professional of the patient's centre opens a panel for the patient in one of their ERNs,
 * as a draft they lead, while the patient's consents allow panels.
 */
@ApplicationScoped
@Transactional
public class OpenPanel {

    /** @param form the consultation form as far as it is filled in ({@link ConsultationForm#empty()} for none) */
    public record Command(Actor actor, PatientId patient, Ern leadErn, ConsultationForm form) {
        public Command {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
            Require.present(leadErn, "lead-ern");
            Require.present(form, "consultation-form");
        }
    }

    private final Panels panels;
    private final Patients patients;
    private final Consents consents;
    private final DomainEvents events;
    private final Auditing auditing;
    private final AccessPolicy policy;
    private final PanelViews views;
    private final Clock clock;

    @Inject
    public OpenPanel(Panels panels, Patients patients, Consents consents, AccessPolicy policy, DomainEvents events,
                     Auditing auditing, Clock clock) {
        this.panels = panels;
        this.patients = patients;
        this.consents = consents;
        this.events = events;
        this.auditing = auditing;
        this.policy = policy;
        this.views = new PanelViews(patients, policy, clock);
        this.clock = clock;
    }

    /**
     * @return the new panel's id, and the panel as the actor sees it (at version 0)
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}, also for a patient the actor may
     *         not see at all (as {@link AccessPolicy#requireViewPatient}: no existence oracle)
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden} unless the actor is a health
     *         professional of the patient's centre and of the lead ERN
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.sharing-consent-required}
     */
    public Created<PanelId> handle(Command cmd) {
        var patient = patients.get(cmd.patient());
        policy.requireViewPatient(cmd.actor(), patient, panels.ofPatient(patient.id()));
        var now = clock.instant();
        var inForce = PatientConsents.of(patient.id(), consents.ofPatient(patient.id()), now);
        var panel = Panel.draft(PanelId.random(), patient.id(), patient.centre(), cmd.leadErn(), cmd.actor(),
                cmd.form(), inForce, now);
        panels.save(panel);
        events.publish(panel.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "Panel", panel.id(), patient.id(), "open panel");
        return new Created<>(panel.id(), views.seenBy(cmd.actor(), panel, patient, panel.version()));
    }
}
