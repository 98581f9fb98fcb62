package org.opencpms.application.panel;

import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.PanelState;

class AbortPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AbortPanel abort = new AbortPanel(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_gives_the_panel_up_saying_why() {
        var panel = world.inAssessment(world.expert(ERN));
        long version = world.version(panel);

        abort.handle(new AbortPanel.Command(world.lead, panel, version, "the patient moved abroad"));

        assertMoved(world, panel, version, PanelState.ASSESSMENT, PanelState.ABORTED, "the patient moved abroad",
                world.lead);
    }

    @Test
    void a_member_may_not_abort_the_panel() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> abort.handle(new AbortPanel.Command(member, panel, null, "no")), "panel.forbidden");
    }
}
