package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;
import static org.opencpms.application.panel.Moves.assertMoved;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.dataset.CustomDataSet;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.dataset.FieldDefinition;
import org.opencpms.domain.dataset.FieldType;
import org.opencpms.domain.panel.PanelState;

class SubmitPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final SubmitPanel submit = new SubmitPanel(world.panels, world.patients, world.policy, world.consents,
            world.configurations, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_submits_a_complete_draft_for_panel_selection() {
        var panel = world.draft();
        long version = world.version(panel);

        submit.handle(new SubmitPanel.Command(world.lead, panel, version));

        assertMoved(world, panel, version, PanelState.DRAFT, PanelState.PANEL_SELECTION, "", world.lead);
    }

    @Test
    void the_lead_ern_s_stored_configuration_is_applied() {
        world.configurations.save(new ErnConfiguration(ERN, new CustomDataSet(List.of(
                new FieldDefinition("onset-age", "Age at onset", FieldType.NUMBER, null, true))), 2));
        var panel = world.draft();

        assertRefused(() -> submit.handle(new SubmitPanel.Command(world.lead, panel, null)), "panel.custom-data-incomplete");
        assertThat(world.stored(panel).state()).isEqualTo(PanelState.DRAFT);
    }

    @Test
    void the_consents_in_force_now_are_asked_and_a_withdrawn_sharing_consent_blocks_submission() {
        var panel = world.draft();
        var sharing = world.consents.ofPatient(world.patient).stream()
                .filter(c -> c.kind() == ConsentKind.SHARING_WITHIN_ERN).findFirst().orElseThrow();
        sharing.withdraw(world.patients.get(world.patient), PanelFixtures.TODAY, "withdrawn", world.lead,
                PanelFixtures.NOW.minus(Duration.ofSeconds(1)));
        world.consents.save(sharing);

        assertRefused(() -> submit.handle(new SubmitPanel.Command(world.lead, panel, null)),
                "panel.sharing-consent-required");
        assertThat(world.audit()).isEmpty();
    }
}
