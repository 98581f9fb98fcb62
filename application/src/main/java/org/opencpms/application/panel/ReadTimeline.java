package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may see a panel reads its timeline one page at a time ({@link CommentPage}), newest page first, each page
 * oldest first; the panel's own view carries only its latest page. Audited as a read of the panel.
 */
@ApplicationScoped
@Transactional
public class ReadTimeline {

    /**
     * @param before the comments before this position (1 or more), or null for the latest ones
     * @param limit how many comments at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, PanelId panel, Integer before, int limit) {
        /** @throws InvalidValue {@code before.invalid}, {@code limit.invalid} */
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.page(0, limit);
            CommentPage.requirePosition(before);
        }
    }

    private final VisiblePanels visiblePanels;
    private final Auditing auditing;

    @Inject
    public ReadTimeline(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     */
    public CommentPage<TimelineComment> handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        auditing.record(query.actor(), AuditAction.READ, "Panel", panel.id(), panel.patient(), "read timeline");
        return CommentPage.of(panel.comments(), query.before(), query.limit());
    }
}
