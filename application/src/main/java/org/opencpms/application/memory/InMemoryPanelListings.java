package org.opencpms.application.memory;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelListing;
import org.opencpms.domain.panel.PanelListings;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.UserId;

/** "My panels" made from the in-memory panels and patients: the lines a database keeps beside each panel. */
public final class InMemoryPanelListings implements PanelListings {

    private final Panels panels;
    private final Patients patients;

    public InMemoryPanelListings(Panels panels, Patients patients) {
        this.panels = panels;
        this.patients = patients;
    }

    @Override
    public List<PanelListing> involving(UserId user, Optional<PanelCursor> after, int limit) {
        return panels.involving(user, after, limit).stream().map(panel -> listing(user, panel)).toList();
    }

    private PanelListing listing(UserId user, Panel panel) {
        var involvement = panel.isLead(user) ? PanelListing.Involvement.LEAD
                : panel.isMember(user) ? PanelListing.Involvement.MEMBER : PanelListing.Involvement.INVITED;
        return new PanelListing(panel.id(), panel.draftedAt(), panel.patient(), patients.get(panel.patient()).nickname(),
                panel.leadErn(), panel.state(), panel.isUrgent(), panel.deadline(), involvement);
    }
}
