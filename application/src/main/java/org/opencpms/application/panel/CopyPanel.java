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
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The lead of an earlier panel, or the health professional handling its patient, opens a new draft
 * panel for the same patient and lead ERN, pre-filled with the earlier panel's consultation form.
 */
@ApplicationScoped
@Transactional
public class CopyPanel {

    /** @param expectedVersion the source panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId source, Long expectedVersion) {
        public Command {
            Require.present(actor, "actor");
            Require.present(source, "panel");
        }
    }

    private final Panels panels;
    private final Consents consents;
    private final VisiblePanels visiblePanels;
    private final DomainEvents events;
    private final Auditing auditing;
    private final PanelViews views;
    private final Clock clock;

    @Inject
    public CopyPanel(Panels panels, Patients patients, Consents consents, AccessPolicy policy, DomainEvents events,
                     Auditing auditing, Clock clock) {
        this.panels = panels;
        this.consents = consents;
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.events = events;
        this.auditing = auditing;
        this.views = new PanelViews(patients, policy, clock);
        this.clock = clock;
    }

    /**
     * The source is read as any panel is, so that those who may not see it learn nothing of it (not
     * even its version) and a deleted one is not found; the panel then decides who may copy it.
     *
     * @return the copy's id, and the copy as the actor sees it (at version 0)
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found} (also for a deleted source and for
     *         one the actor may not see)
     * @throws ConcurrentUpdate {@code panel.concurrent-update} if the source changed since {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.copy-forbidden} unless the actor leads the
     *         source or handles its patient; {@code panel.forbidden} unless the actor is a health professional of
     *         the patient's centre and of the lead ERN
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.sharing-consent-required}
     */
    public Created<PanelId> handle(Command cmd) {
        var visible = visiblePanels.get(cmd.actor(), cmd.source());
        var source = visible.panel();
        ConcurrentUpdate.check("panel", source.id(), cmd.expectedVersion(), source.version());
        var now = clock.instant();
        var inForce = PatientConsents.of(source.patient(), consents.ofPatient(source.patient()), now);
        var copy = Panel.copyOf(source, visible.patient(), PanelId.random(), cmd.actor(), inForce, now);
        panels.save(copy);
        events.publish(copy.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "Panel", copy.id(), copy.patient(),
                "copy panel " + source.id());
        return new Created<>(copy.id(), views.seenBy(cmd.actor(), copy, visible.patient(), copy.version()));
    }
}
