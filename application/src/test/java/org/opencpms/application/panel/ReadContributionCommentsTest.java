package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.shared.PanelId;

class ReadContributionCommentsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadContributionComments read = new ReadContributionComments(world.panels, world.patients,
            world.policy, world.auditing);

    @Test
    void a_member_reads_the_comments_on_a_contribution_a_page_at_a_time_newest_page_first_each_page_oldest_first() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        world.change(panel, p -> p.contribute(world.lead, "Likely Alport syndrome", NOW));
        IntStream.rangeClosed(1, 120).forEach(i -> world.change(panel,
                p -> p.commentOnContribution(world.lead.id(), member, "Comment " + i, NOW)));

        var latest = read.handle(new ReadContributionComments.Query(member, panel, world.lead.id(), null, 50));
        var older = read.handle(new ReadContributionComments.Query(member, panel, world.lead.id(),
                latest.next().orElseThrow(), 50));
        var first = read.handle(new ReadContributionComments.Query(member, panel, world.lead.id(),
                older.next().orElseThrow(), 50));

        assertThat(texts(latest)).hasSize(50).first().isEqualTo("Comment 71");
        assertThat(texts(latest)).last().isEqualTo("Comment 120");
        assertThat(texts(older)).first().isEqualTo("Comment 21");
        assertThat(texts(first)).hasSize(20).first().isEqualTo("Comment 1");
        assertThat(first.next()).isEmpty();
        assertThat(latest.total()).isEqualTo(120);
        world.assertAudited(AuditAction.READ, member, panel);
    }

    @Test
    void the_comments_of_someone_who_contributed_nothing_are_refused_as_an_unknown_contribution() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> read.handle(new ReadContributionComments.Query(world.lead, panel, member.id(), null, 50)),
                "panel.contribution-not-found");
    }

    @Test
    void a_position_below_one_is_refused_naming_the_parameter() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> read.handle(new ReadContributionComments.Query(member, panel, world.lead.id(), 0, 50)),
                "before.invalid");
    }

    @Test
    void an_outsider_is_told_the_panel_does_not_exist() {
        var panel = world.inSignOff(world.expert(ERN));
        var outsider = world.expert(ERN);

        assertRefused(() -> read.handle(new ReadContributionComments.Query(outsider, panel, world.lead.id(), null, 50)),
                "panel.not-found");
        assertRefused(() -> read.handle(new ReadContributionComments.Query(outsider, PanelId.random(),
                world.lead.id(), null, 50)), "panel.not-found");
    }

    private static List<String> texts(CommentPage<ContributionComment> page) {
        return page.comments().stream().map(ContributionComment::text).toList();
    }
}
