package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.panel.Moves.assertMoved;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.PanelState;

class ReturnToAssessmentTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReturnToAssessment back = new ReturnToAssessment(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock);

    @Test
    void the_lead_steps_back_from_sign_off_to_assessment_and_a_final_outcome_becomes_a_draft_again() {
        var panel = world.withOutcomeDraft(world.expert(ERN));
        world.change(panel, p -> p.finaliseOutcome(world.lead, PanelFixtures.NOW));
        long version = world.version(panel);

        back.handle(new ReturnToAssessment.Command(world.lead, panel, version, "new laboratory results"));

        assertMoved(world, panel, version, PanelState.SIGN_OFF, PanelState.ASSESSMENT, "new laboratory results",
                world.lead);
        assertThat(world.stored(panel).outcome()).hasValueSatisfying(o -> assertThat(o.isFinal()).isFalse());
        assertThat(world.stored(panel).outcome().map(Outcome::conclusion)).contains("Alport syndrome");
    }
}
