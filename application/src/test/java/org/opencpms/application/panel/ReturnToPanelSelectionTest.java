package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;

class ReturnToPanelSelectionTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReturnToPanelSelection back = new ReturnToPanelSelection(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_steps_back_from_assessment_to_panel_selection_saying_why() {
        var panel = world.inAssessment();
        long version = world.version(panel);

        back.handle(new ReturnToPanelSelection.Command(world.lead, panel, version, "a geneticist is needed"));

        assertMoved(world, panel, version, PanelState.ASSESSMENT, PanelState.PANEL_SELECTION, "a geneticist is needed",
                world.lead);
    }

    @Test
    void a_step_back_needs_a_reason() {
        var panel = world.inAssessment();

        assertRefused(() -> back.handle(new ReturnToPanelSelection.Command(world.lead, panel, null, " ")), "reason.invalid");
    }
}
