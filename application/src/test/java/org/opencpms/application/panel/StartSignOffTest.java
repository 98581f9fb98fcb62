package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;

class StartSignOffTest {

    private final PanelFixtures world = new PanelFixtures();
    private final StartSignOff start = new StartSignOff(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_ends_the_assessment_and_starts_the_sign_off() {
        var panel = world.inAssessment();
        long version = world.version(panel);

        start.handle(new StartSignOff.Command(world.lead, panel, version));

        assertMoved(world, panel, version, PanelState.ASSESSMENT, PanelState.SIGN_OFF, "", world.lead);
    }

    @Test
    void only_an_assessment_moves_to_sign_off() {
        var panel = world.inSelection();

        assertRefused(() -> start.handle(new StartSignOff.Command(world.lead, panel, null)), "panel.illegal-transition");
    }
}
