package org.opencpms.application.panel;

import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * Loads a panel, with its patient, for an actor who wants to read it, as the
 * {@link AccessPolicy} allows. A deleted panel is not found by anybody. Used by the queries that read
 * a panel or what belongs to it (chat, imaging studies); it never leaves the application layer.
 */
public final class VisiblePanels {

    /** A panel the actor may see, and its patient (whose identity a view must never carry). */
    public record VisiblePanel(Panel panel, Patient patient) {
    }

    private final Panels panels;
    private final Patients patients;
    private final AccessPolicy policy;

    public VisiblePanels(Panels panels, Patients patients, AccessPolicy policy) {
        this.panels = panels;
        this.patients = patients;
        this.policy = policy;
    }

    /**
     * @throws PanelNotFound {@code panel.not-found}, also for a deleted panel and for one the actor may not see
     */
    public VisiblePanel get(Actor actor, PanelId id) {
        var panel = panels.get(id);
        if (panel.state() == PanelState.DELETED) {
            throw new PanelNotFound(id);
        }
        var patient = patients.get(panel.patient());
        policy.requireViewPanel(actor, panel, patient);
        return new VisiblePanel(panel, patient);
    }
}
