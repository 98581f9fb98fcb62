package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.panel.VisiblePanels.VisiblePanel;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A user lists "my panels": those they lead, are a member of or are invited to, the most recently
 * drafted first, each with the patient's nickname only. Each panel shown is audited as a {@code SEARCH}
 * concerning its patient.
 *
 * <p>Paging is by position: a page holds the first {@code limit} panels the user may see after the
 * position its {@code after} token names, and its {@code next} token names the last of them when more
 * follow, so that panels drafted or joined meanwhile never shift or repeat a panel already listed.
 */
@ApplicationScoped
@Transactional
public class ListMyPanels {

    /**
     * @param after the {@code next} token of the previous page, or null for the first page
     * @param limit how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, String after, int limit) {
        /** @throws org.opencpms.domain.shared.InvalidValue {@code cursor.invalid}, {@code limit.invalid} */
        public Query {
            Require.present(actor, "actor");
            Require.page(0, limit);
            if (after != null) {
                PanelCursor.parse(after);
            }
        }

        /** The position the page starts after; none for the first page. */
        public Optional<PanelCursor> position() {
            return Optional.ofNullable(after).map(PanelCursor::parse);
        }
    }

    /** The panels shown on a page, and whether another panel the user may see follows them. */
    private record Shown(List<VisiblePanel> panels, boolean more) {
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

    public PanelPage handle(Query query) {
        var actor = query.actor();
        var shown = visiblePage(query);
        auditing.recordEach(actor, AuditAction.SEARCH, "Panel", shown.panels().stream()
                .map(visible -> new Auditing.Subject(visible.panel().id(), visible.patient().id())).toList(), "list my panels");
        var items = shown.panels().stream().map(visible -> summary(actor, visible)).toList();
        var next = shown.more()
                ? Optional.of(PanelCursor.of(shown.panels().get(items.size() - 1).panel()).token())
                : Optional.<String>empty();
        return new PanelPage(items, next);
    }

    /** Reads one more panel than the page holds, to learn whether a next page exists. */
    private Shown visiblePage(Query query) {
        var actor = query.actor();
        int chunkSize = Math.min(query.limit() + 1, Require.MAX_PAGE_SIZE);
        var shown = new ArrayList<VisiblePanel>();
        var position = query.position();
        while (true) {
            var chunk = panels.involving(actor.id(), position, chunkSize);
            var patientsOfChunk = patients.findAll(chunk.stream().map(Panel::patient).toList());
            for (Panel panel : chunk) {
                var patient = Optional.ofNullable(patientsOfChunk.get(panel.patient()))
                        .orElseThrow(() -> new PatientNotFound(panel.patient()));
                if (policy.mayViewPanel(actor, panel, patient)) {
                    if (shown.size() == query.limit()) {
                        return new Shown(shown, true);
                    }
                    shown.add(new VisiblePanel(panel, patient));
                }
            }
            if (chunk.size() < chunkSize) {
                return new Shown(shown, false);
            }
            position = Optional.of(PanelCursor.of(chunk.get(chunkSize - 1)));
        }
    }

    private PanelSummary summary(Actor actor, VisiblePanel visible) {
        var panel = visible.panel();
        var patient = visible.patient();
        return new PanelSummary(panel.id(), patient.nickname(), panel.leadErn(), panel.state(), panel.isUrgent(),
                panel.deadline(), roleOf(actor, panel));
    }

    private static PanelRole roleOf(Actor actor, Panel panel) {
        if (panel.isLead(actor.id())) {
            return PanelRole.LEAD;
        }
        return panel.isMember(actor.id()) ? PanelRole.MEMBER : PanelRole.INVITED;
    }
}
