package org.opencpms.application.panel;

import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelItemNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * A panel as a document shows it ({@link PrintablePanel}), for whoever may see the panel: made from the panel view the
 * caller is shown (the patient by nickname, age and sex only, to every caller), with the display names of the people
 * it mentions ({@link NamePanelPeople}); audited as a read of the panel. The one way {@link PrintPanelDocument} and
 * {@link ViewOutcome} build what they hand out.
 */
final class PrintablePanels {

    private final VisiblePanels visiblePanels;
    private final PanelViews views;
    private final NamePanelPeople names;
    private final Auditing auditing;
    private final Clock clock;

    PrintablePanels(Panels panels, Patients patients, Users users, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.views = new PanelViews(patients, policy, clock);
        this.names = new NamePanelPeople(users);
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @param outcomeNeeded whether a panel without an outcome is refused
     * @param audited what the audit record says was done
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     * @throws PanelItemNotFound {@code panel.outcome-not-found} when the outcome is needed and the lead has not
     *         drafted one yet
     */
    PrintablePanel get(Actor actor, PanelId id, boolean outcomeNeeded, String audited) {
        var visible = visiblePanels.get(actor, id);
        var view = views.of(actor, visible.panel(), visible.patient(), visible.panel().version());
        if (outcomeNeeded && view.outcome().isEmpty()) {
            throw PanelItemNotFound.outcome();
        }
        auditing.record(actor, AuditAction.READ, "Panel", view.id(), visible.patient().id(), audited);
        return new PrintablePanel(view, names.handle(view), clock.instant());
    }
}
