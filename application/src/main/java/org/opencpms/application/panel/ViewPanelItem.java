package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelItemNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Whoever may see a panel reads one of its meetings (cancelled ones included) or one of its requests for additional
 * data (with the lead's answer once given) on its own: the resources behind the {@code Location} of a scheduled
 * meeting and of a new data request. Audited as a read of the panel; someone who may not see the panel is told it
 * does not exist.
 */
@ApplicationScoped
@Transactional
public class ViewPanelItem {

    /** A meeting of a panel. */
    public record MeetingQuery(Actor actor, PanelId panel, MeetingId meeting) {
        public MeetingQuery {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(meeting, "meeting");
        }
    }

    /** A data request of a panel. */
    public record DataRequestQuery(Actor actor, PanelId panel, DataRequestId request) {
        public DataRequestQuery {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(request, "data-request");
        }
    }

    private final VisiblePanels visiblePanels;
    private final Auditing auditing;

    @Inject
    public ViewPanelItem(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a panel the actor may not see
     * @throws PanelItemNotFound {@code panel.meeting-not-found}
     */
    public PanelItem<Meeting> handle(MeetingQuery query) {
        return item(query.actor(), query.panel(), Panel::meetings, m -> m.id().equals(query.meeting()),
                () -> PanelItemNotFound.meeting(query.meeting()), "view meeting");
    }

    /**
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a panel the actor may not see
     * @throws PanelItemNotFound {@code panel.data-request-not-found}
     */
    public PanelItem<DataRequest> handle(DataRequestQuery query) {
        return item(query.actor(), query.panel(), Panel::dataRequests, r -> r.id().equals(query.request()),
                () -> PanelItemNotFound.dataRequest(query.request()), "view data request");
    }

    private <T> PanelItem<T> item(Actor actor, PanelId id, Function<Panel, List<T>> items,
                                  Predicate<T> wanted, Supplier<PanelItemNotFound> missing,
                                  String purpose) {
        var visible = visiblePanels.get(actor, id);
        var item = items.apply(visible.panel()).stream().filter(wanted).findFirst().orElseThrow(missing);
        auditing.record(actor, AuditAction.READ, "Panel", id, visible.patient().id(), purpose);
        return new PanelItem<>(item, visible.panel().version());
    }
}
