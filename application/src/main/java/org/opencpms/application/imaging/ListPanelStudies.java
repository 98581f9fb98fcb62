package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.panel.VisiblePanels;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** Whoever may see a panel lists the de-identified imaging studies attached to it, to open them in the viewer. */
@ApplicationScoped
@Transactional
public class ListPanelStudies {

    public record Query(Actor actor, PanelId panel) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    private final VisiblePanels visiblePanels;
    private final ImageArchive archive;
    private final Auditing auditing;

    @Inject
    public ListPanelStudies(Panels panels, Patients patients, AccessPolicy policy, ImageArchive archive,
                            Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.archive = archive;
        this.auditing = auditing;
    }

    /**
     * The studies in the order they arrived; they are de-identified, so they carry the patient's id and
     * pseudonymous UIDs only.
     *
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     */
    public List<ImagingStudy> handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        auditing.record(query.actor(), AuditAction.READ, "ImagingStudy", panel.id(), panel.patient(),
                "list panel studies");
        return archive.attachedTo(panel.id());
    }
}
