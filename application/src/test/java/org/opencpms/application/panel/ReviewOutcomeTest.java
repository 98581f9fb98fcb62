package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.OutcomeReviewed;

class ReviewOutcomeTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReviewOutcome review = new ReviewOutcome(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void a_member_disagrees_with_the_outcome_draft_saying_why() {
        var member = world.expert(ERN);
        var panel = world.withOutcomeDraft(member);
        long version = world.version(panel);

        review.handle(new ReviewOutcome.Command(member, panel, version, Agreement.DISAGREE, "Add a hearing test"));

        assertThat(world.stored(panel).outcome().orElseThrow().reviews())
                .containsExactly(new OutcomeReview(member.id(), Agreement.DISAGREE, "Add a hearing test", NOW));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(OutcomeReviewed.class)).singleElement()
                .satisfies(e -> assertThat(e.agreement()).isEqualTo(Agreement.DISAGREE));
        world.assertAudited(AuditAction.UPDATE, member, panel);
    }

    @Test
    void there_is_nothing_to_review_before_the_lead_drafts_the_outcome() {
        var member = world.expert(ERN);
        var panel = world.inSignOff(member);

        assertRefused(() -> review.handle(new ReviewOutcome.Command(member, panel, null, Agreement.AGREE, null)),
                "panel.no-outcome-draft");
    }
}
