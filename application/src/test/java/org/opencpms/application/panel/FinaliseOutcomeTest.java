package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.OutcomeFinalised;

class FinaliseOutcomeTest {

    private final PanelFixtures world = new PanelFixtures();
    private final FinaliseOutcome finalise = new FinaliseOutcome(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock);

    @Test
    void the_lead_finalises_the_outcome_document() {
        var panel = world.withOutcomeDraft(world.expert(ERN));
        long version = world.version(panel);

        finalise.handle(new FinaliseOutcome.Command(world.lead, panel, version));

        assertThat(world.stored(panel).outcomeFinalisedAt()).contains(NOW);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(OutcomeFinalised.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(world.lead.id()));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }
}
