package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.user.RoleGrant;

class ArchivePanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ArchivePanel archive = new ArchivePanel(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void a_coordinator_of_the_lead_ern_archives_a_closed_panel() {
        var panel = world.closed(world.expert(ERN));
        long version = world.version(panel);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        archive.handle(new ArchivePanel.Command(coordinator, panel, version));

        assertMoved(world, panel, version, PanelState.CLOSED, PanelState.ARCHIVED, "", coordinator);
    }
}
