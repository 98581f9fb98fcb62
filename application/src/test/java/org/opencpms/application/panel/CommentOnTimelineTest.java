package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.CommentPosted;
import org.opencpms.domain.panel.TimelineComment;

class CommentOnTimelineTest {

    private final PanelFixtures world = new PanelFixtures();
    private final CommentOnTimeline comment = new CommentOnTimeline(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void a_member_comments_in_the_timeline() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        long version = world.version(panel);

        comment.handle(new CommentOnTimeline.Command(member, panel, version, "Consider a skin biopsy"));

        assertThat(world.stored(panel).comments())
                .containsExactly(new TimelineComment(member.id(), "Consider a skin biopsy", NOW));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(CommentPosted.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(member.id()));
        world.assertAudited(AuditAction.UPDATE, member, panel);
    }
}
