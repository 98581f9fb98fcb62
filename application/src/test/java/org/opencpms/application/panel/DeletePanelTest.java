package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;

class DeletePanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final DeletePanel delete = new DeletePanel(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_throws_a_draft_away() {
        var panel = world.draft();
        long version = world.version(panel);

        delete.handle(new DeletePanel.Command(world.lead, panel, version));

        assertMoved(world, panel, version, PanelState.DRAFT, PanelState.DELETED, "", world.lead);
    }

    @Test
    void a_submitted_panel_is_not_deleted() {
        var panel = world.inSelection();

        assertRefused(() -> delete.handle(new DeletePanel.Command(world.lead, panel, null)), "panel.illegal-transition");
    }
}
