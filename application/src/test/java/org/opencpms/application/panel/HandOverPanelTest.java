package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.LeadHandedOver;
import org.opencpms.domain.shared.UserId;

class HandOverPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final HandOverPanel handOver = new HandOverPanel(world.panels, world.patients, world.policy, world.users,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_hands_the_panel_to_a_member_of_the_lead_ern_and_stays_on_as_a_member() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        long version = world.version(panel);

        handOver.handle(new HandOverPanel.Command(world.lead, panel, version, member.id()));

        assertThat(world.stored(panel).lead()).isEqualTo(member.id());
        assertThat(world.stored(panel).members()).containsExactly(world.lead.id());
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(LeadHandedOver.class)).singleElement().satisfies(e -> {
            assertThat(e.previousLead()).isEqualTo(world.lead.id());
            assertThat(e.newLead()).isEqualTo(member.id());
        });
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void the_new_lead_s_grants_are_those_stored_so_a_member_of_another_ern_is_not_eligible() {
        var member = world.expert(OTHER_ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> handOver.handle(new HandOverPanel.Command(world.lead, panel, null, member.id())),
                "panel.handover-not-eligible");
    }

    @Test
    void an_unknown_new_lead_is_not_found() {
        var panel = world.inAssessment();

        assertRefused(() -> handOver.handle(new HandOverPanel.Command(world.lead, panel, null, UserId.random())),
                "user.not-found");
    }
}
