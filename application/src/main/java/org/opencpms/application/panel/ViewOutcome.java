package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * Whoever may see a panel reads its outcome as the content of a structured document (e.g. a FHIR Composition): the
 * same {@link PrintablePanel} the printed outcome ({@link PrintPanelDocument}) is laid out from, so both say the same:
 * the patient by nickname, age and sex only, to every caller, and the display names of the author and reviewers.
 * Audited as a read of the panel.
 */
@ApplicationScoped
@Transactional
public class ViewOutcome {

    public record Query(Actor actor, PanelId panel) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final PrintablePanels printable;

    @Inject
    public ViewOutcome(Panels panels, Patients patients, Users users, AccessPolicy policy, Auditing auditing,
                       Clock clock) {
        this.printable = new PrintablePanels(panels, patients, users, policy, auditing, clock);
    }

    /**
     * @return the panel, whose outcome is present
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     * @throws org.opencpms.domain.panel.PanelItemNotFound {@code panel.outcome-not-found} while the lead has not
     *         drafted an outcome
     */
    public PrintablePanel handle(Query query) {
        return printable.get(query.actor(), query.panel(), true, "view outcome");
    }
}
