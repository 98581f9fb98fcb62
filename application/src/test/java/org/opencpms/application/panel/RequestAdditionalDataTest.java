package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.DataRequested;

class RequestAdditionalDataTest {

    private final PanelFixtures world = new PanelFixtures();
    private final RequestAdditionalData request = new RequestAdditionalData(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void a_member_asks_for_additional_data_and_gets_the_request_s_id_with_the_panel_after_it() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        long version = world.version(panel);

        var created = request.handle(new RequestAdditionalData.Command(member, panel, version, "Audiogram, please"));
        var id = created.id();

        assertThat(world.stored(panel).dataRequests()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.requestedBy()).isEqualTo(member.id());
            assertThat(r.text()).isEqualTo("Audiogram, please");
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(DataRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.request()).isEqualTo(id));
        world.assertAudited(AuditAction.UPDATE, member, panel);
        assertThat(created.panel()).hasValueSatisfying(view -> assertThat(view.dataRequests())
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(id)));
    }

    @Test
    void the_lead_does_not_ask_themselves() {
        var panel = world.inAssessment();

        assertRefused(() -> request.handle(new RequestAdditionalData.Command(world.lead, panel, null, "?")),
                "panel.not-member");
    }
}
