package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.ContributionCommented;

class CommentOnContributionTest {

    private final PanelFixtures world = new PanelFixtures();
    private final CommentOnContribution comment = new CommentOnContribution(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_comments_on_a_member_s_contribution() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        world.change(panel, p -> p.contribute(member, "Likely Alport", NOW));
        long version = world.version(panel);

        comment.handle(new CommentOnContribution.Command(world.lead, panel, version, member.id(), "Agreed"));

        assertThat(world.stored(panel).contributions()).singleElement()
                .satisfies(c -> assertThat(c.comments()).containsExactly(new ContributionComment(world.lead.id(), "Agreed", NOW)));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(ContributionCommented.class)).singleElement()
                .satisfies(e -> assertThat(e.contributionAuthor()).isEqualTo(member.id()));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void a_missing_contribution_is_not_found() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> comment.handle(new CommentOnContribution.Command(world.lead, panel, null, member.id(), "?")),
                "panel.contribution-not-found");
    }
}
