package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ContributionRecorded;

class RecordContributionTest {

    private final PanelFixtures world = new PanelFixtures();
    private final RecordContribution contribute = new RecordContribution(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void a_member_records_their_assessment() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        long version = world.version(panel);

        contribute.handle(new RecordContribution.Command(member, panel, version, "X-linked Alport syndrome likely"));

        assertThat(world.stored(panel).contributions()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(member.id());
            assertThat(c.text()).isEqualTo("X-linked Alport syndrome likely");
            assertThat(c.recordedAt()).isEqualTo(NOW);
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(ContributionRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.revised()).isFalse());
        world.assertAudited(AuditAction.UPDATE, member, panel);
    }
}
