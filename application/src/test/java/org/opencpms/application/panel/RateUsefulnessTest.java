package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.panel.UsefulnessRated;

class RateUsefulnessTest {

    private final PanelFixtures world = new PanelFixtures();
    private final RateUsefulness rate = new RateUsefulness(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_rates_a_closed_panel() {
        var panel = world.closed(world.expert(ERN));
        long version = world.version(panel);

        rate.handle(new RateUsefulness.Command(world.lead, panel, version, 5));

        assertThat(world.stored(panel).usefulness()).contains(new Usefulness(5, world.lead.id(), NOW));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(UsefulnessRated.class)).singleElement()
                .satisfies(e -> assertThat(e.rating()).isEqualTo(5));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void an_open_panel_is_not_rated() {
        var panel = world.inAssessment();

        assertRefused(() -> rate.handle(new RateUsefulness.Command(world.lead, panel, null, 3)), "panel.not-allowed-in-state");
    }
}
