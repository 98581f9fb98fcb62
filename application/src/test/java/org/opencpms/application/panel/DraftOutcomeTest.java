package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.OutcomeDrafted;

class DraftOutcomeTest {

    private final PanelFixtures world = new PanelFixtures();
    private final DraftOutcome draft = new DraftOutcome(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_drafts_the_outcome_document() {
        var panel = world.inSignOff(world.expert(ERN));
        long version = world.version(panel);

        draft.handle(new DraftOutcome.Command(world.lead, panel, version, "Alport syndrome", "COL4A5 sequencing",
                "ACE inhibitor"));

        assertThat(world.stored(panel).outcome()).hasValueSatisfying(o -> {
            assertThat(o.conclusion()).isEqualTo("Alport syndrome");
            assertThat(o.recommendations()).isEqualTo("COL4A5 sequencing");
            assertThat(o.treatmentPlan()).isEqualTo("ACE inhibitor");
            assertThat(o.draftedAt()).isEqualTo(NOW);
            assertThat(o.isFinal()).isFalse();
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(OutcomeDrafted.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(world.lead.id()));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void a_member_does_not_draft_the_outcome() {
        var member = world.expert(ERN);
        var panel = world.inSignOff(member);

        assertRefused(() -> draft.handle(new DraftOutcome.Command(member, panel, null, "mine", null, null)),
                "panel.not-lead");
    }
}
