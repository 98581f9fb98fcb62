package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.user.RoleGrant;

class StartAssessmentTest {

    private final PanelFixtures world = new PanelFixtures();
    private final StartAssessment start = new StartAssessment(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_ends_panel_selection_and_starts_the_assessment() {
        var panel = world.inSelection();
        long version = world.version(panel);

        start.handle(new StartAssessment.Command(world.lead, panel, version));

        assertMoved(world, panel, version, PanelState.PANEL_SELECTION, PanelState.ASSESSMENT, "", world.lead);
    }

    @Test
    void a_dispatcher_of_the_lead_ern_starts_it_on_the_lead_s_behalf() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var dispatcher = world.person(RoleGrant.dispatcher(ERN, world.otherCentre));

        start.handle(new StartAssessment.Command(dispatcher, panel, null));

        assertMoved(world, panel, version, PanelState.PANEL_SELECTION, PanelState.ASSESSMENT, "", dispatcher);
    }
}
