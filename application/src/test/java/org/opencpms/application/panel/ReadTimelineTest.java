package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.shared.PanelId;

class ReadTimelineTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadTimeline read = new ReadTimeline(world.panels, world.patients, world.policy, world.auditing);

    @Test
    void a_member_reads_a_long_timeline_a_page_at_a_time_newest_page_first_each_page_oldest_first() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        IntStream.rangeClosed(1, 120).forEach(i -> world.change(panel, p -> p.comment(member, "Comment " + i, NOW)));

        var latest = read.handle(new ReadTimeline.Query(member, panel, null, 50));
        var older = read.handle(new ReadTimeline.Query(member, panel, latest.next().orElseThrow(), 50));
        var first = read.handle(new ReadTimeline.Query(member, panel, older.next().orElseThrow(), 50));

        assertThat(texts(latest)).first().isEqualTo("Comment 71");
        assertThat(texts(latest)).last().isEqualTo("Comment 120");
        assertThat(latest.next()).contains(71);
        assertThat(texts(older)).first().isEqualTo("Comment 21");
        assertThat(texts(first)).hasSize(20).first().isEqualTo("Comment 1");
        assertThat(first.next()).isEmpty();
        assertThat(latest.total()).isEqualTo(120);
        world.assertAudited(AuditAction.READ, member, panel);
    }

    @Test
    void a_position_past_the_end_reads_the_latest_and_an_empty_timeline_is_one_empty_page() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        var page = read.handle(new ReadTimeline.Query(member, panel, 1_000, 50));

        assertThat(page.comments()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_position_below_one_is_refused_naming_the_parameter() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> read.handle(new ReadTimeline.Query(member, panel, 0, 50)), "before.invalid");
    }

    @Test
    void an_outsider_is_told_the_panel_does_not_exist() {
        var panel = world.inAssessment(world.expert(ERN));
        var outsider = world.expert(ERN);

        assertRefused(() -> read.handle(new ReadTimeline.Query(outsider, panel, null, 50)), "panel.not-found");
        assertRefused(() -> read.handle(new ReadTimeline.Query(outsider, PanelId.random(), null, 50)),
                "panel.not-found");
    }

    private static java.util.List<String> texts(CommentPage<TimelineComment> page) {
        return page.comments().stream().map(TimelineComment::text).toList();
    }
}
