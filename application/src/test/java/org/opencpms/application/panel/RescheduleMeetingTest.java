package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingRescheduled;

class RescheduleMeetingTest {

    private final PanelFixtures world = new PanelFixtures();
    private final RescheduleMeeting reschedule = new RescheduleMeeting(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_moves_a_meeting_to_a_new_time() {
        var panel = world.inAssessment();
        var meeting = Meetings.scheduled(world, panel, NOW.plus(Duration.ofDays(2)));
        long version = world.version(panel);
        var later = NOW.plus(Duration.ofDays(5));

        reschedule.handle(new RescheduleMeeting.Command(world.lead, panel, version, meeting, later, Duration.ofMinutes(90)));

        assertThat(world.stored(panel).meetings()).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(later);
            assertThat(m.duration()).isEqualTo(Duration.ofMinutes(90));
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(MeetingRescheduled.class)).singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(later));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void an_unknown_meeting_is_not_found() {
        var panel = world.inAssessment();

        assertRefused(() -> reschedule.handle(new RescheduleMeeting.Command(world.lead, panel, null, MeetingId.random(),
                NOW.plus(Duration.ofDays(5)), Duration.ofHours(1))), "panel.meeting-not-found");
    }
}
