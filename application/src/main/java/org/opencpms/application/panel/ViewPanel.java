package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A panel's lead, members and invitees, the lead ERN's coordinators, dispatchers and panel managers,
 * the lead's assistant and the patient's handlers look at the panel; everyone, the enrolling health
 * professional included, sees the patient only by nickname, age and sex.
 */
@ApplicationScoped
@Transactional
public class ViewPanel {

    public record Query(Actor actor, PanelId panel) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final VisiblePanels visiblePanels;
    private final PanelViews views;
    private final Auditing auditing;

    @Inject
    public ViewPanel(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.views = new PanelViews(patients, policy, clock);
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     */
    public PanelView handle(Query query) {
        var visible = visiblePanels.get(query.actor(), query.panel());
        var panel = visible.panel();
        var patient = visible.patient();
        auditing.record(query.actor(), AuditAction.READ, "Panel", panel.id(), patient.id(), "view panel");
        return views.of(query.actor(), panel, patient, panel.version());
    }
}
