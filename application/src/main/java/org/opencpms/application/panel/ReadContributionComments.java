package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.PanelItemNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may see a panel reads the comments on one of its contributions (named by the contribution's author) one
 * page at a time ({@link CommentPage}), newest page first, each page oldest first, as the timeline is read; the
 * panel's own view carries only the latest page of each contribution's comments. Audited as a read of the panel.
 */
@ApplicationScoped
@Transactional
public class ReadContributionComments {

    /**
     * @param author the user who recorded the contribution
     * @param before the comments before this position (1 or more), or null for the latest ones
     * @param limit how many comments at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, PanelId panel, UserId author, Integer before, int limit) {
        /** @throws InvalidValue {@code before.invalid}, {@code limit.invalid} */
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(author, "contribution-author");
            Require.page(0, limit);
            CommentPage.requirePosition(before);
        }
    }

    private final VisiblePanels visiblePanels;
    private final Auditing auditing;

    @Inject
    public ReadContributionComments(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a deleted panel and for one
     *         the actor may not see
     * @throws PanelItemNotFound {@code panel.contribution-not-found} when the author has recorded no contribution
     */
    public CommentPage<ContributionComment> handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        var contribution = panel.contribution(query.author());
        auditing.record(query.actor(), AuditAction.READ, "Panel", panel.id(), panel.patient(),
                "read contribution comments");
        return CommentPage.of(contribution.comments(), query.before(), query.limit());
    }
}
