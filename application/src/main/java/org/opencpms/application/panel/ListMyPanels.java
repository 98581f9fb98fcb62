package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A user lists "my panels": those they lead, are a member of or are invited to, the most recently
 * drafted first, each with the patient's nickname only. Each panel shown is audited as a {@code SEARCH}
 * concerning its patient.
 */
@ApplicationScoped
@Transactional
public class ListMyPanels {

    /**
     * @param offset how many panels to skip, at least 0
     * @param limit  how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, int offset, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.page(offset, limit);
        }
    }

    private final Panels panels;
    private final Patients patients;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ListMyPanels(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing) {
        this.panels = panels;
        this.patients = patients;
        this.policy = policy;
        this.auditing = auditing;
    }

    public List<PanelSummary> handle(Query query) {
        var actor = query.actor();
        return panels.involving(actor.id(), query.offset(), query.limit()).stream()
                .map(panel -> summaryIfVisible(actor, panel, patients.get(panel.patient())))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<PanelSummary> summaryIfVisible(Actor actor, Panel panel, Patient patient) {
        if (!policy.mayViewPanel(actor, panel, patient)) {
            return Optional.empty();
        }
        auditing.record(actor, AuditAction.SEARCH, "Panel", panel.id(), patient.id(), "list my panels");
        return Optional.of(new PanelSummary(panel.id(), patient.nickname(), panel.leadErn(), panel.state(),
                panel.isUrgent(), panel.deadline(), roleOf(actor, panel)));
    }

    private static PanelRole roleOf(Actor actor, Panel panel) {
        if (panel.isLead(actor.id())) {
            return PanelRole.LEAD;
        }
        return panel.isMember(actor.id()) ? PanelRole.MEMBER : PanelRole.INVITED;
    }
}
