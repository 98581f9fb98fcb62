package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelForwarded;
import org.opencpms.domain.user.RoleGrant;

class ForwardPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ForwardPanel forward = new ForwardPanel(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void a_coordinator_of_the_lead_ern_forwards_the_panel_to_another_ern_and_no_longer_sees_it() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        var seen = forward.handle(new ForwardPanel.Command(coordinator, panel, version, OTHER_ERN,
                "neurological presentation"));

        assertThat(world.stored(panel).leadErn()).isEqualTo(OTHER_ERN);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(PanelForwarded.class)).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(ERN);
            assertThat(e.to()).isEqualTo(OTHER_ERN);
            assertThat(e.reason()).isEqualTo("neurological presentation");
        });
        world.assertAudited(AuditAction.UPDATE, coordinator, panel);
        assertThat(seen).as("the panel now belongs to the other ERN").isEmpty();
    }

    @Test
    void the_lead_does_not_forward_the_panel() {
        var panel = world.inSelection();

        assertRefused(() -> forward.handle(new ForwardPanel.Command(world.lead, panel, null, OTHER_ERN, "why not")),
                "panel.forbidden");
    }
}
