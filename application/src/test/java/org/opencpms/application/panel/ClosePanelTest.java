package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.panel.PanelState;

class ClosePanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ClosePanel close = new ClosePanel(world.panels, world.patients, world.policy, world.configurations,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_closes_the_panel_once_the_outcome_is_final_and_the_quorum_reached() {
        var panel = world.withOutcomeDraft(world.expert(ERN));
        world.change(panel, p -> p.finaliseOutcome(world.lead, PanelFixtures.NOW));
        long version = world.version(panel);

        close.handle(new ClosePanel.Command(world.lead, panel, version));

        assertMoved(world, panel, version, PanelState.SIGN_OFF, PanelState.CLOSED, "", world.lead);
    }

    @Test
    void the_quorum_is_the_lead_ern_s_stored_one() {
        world.configurations.save(new ErnConfiguration(ERN, CustomDataSet.empty(), 3));
        var panel = world.withOutcomeDraft(world.expert(ERN));
        world.change(panel, p -> p.finaliseOutcome(world.lead, PanelFixtures.NOW));

        assertRefused(() -> close.handle(new ClosePanel.Command(world.lead, panel, null)), "panel.quorum-not-reached");
        assertThat(world.stored(panel).state()).isEqualTo(PanelState.SIGN_OFF);
    }
}
