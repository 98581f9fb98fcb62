package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.MeetingCancelled;

class CancelMeetingTest {

    private final PanelFixtures world = new PanelFixtures();
    private final CancelMeeting cancel = new CancelMeeting(world.panels, world.patients, world.policy, world.events,
            world.auditing, world.clock);

    @Test
    void the_lead_cancels_a_meeting_once() {
        var panel = world.inAssessment();
        var meeting = Meetings.scheduled(world, panel, NOW.plus(Duration.ofDays(2)));
        long version = world.version(panel);

        cancel.handle(new CancelMeeting.Command(world.lead, panel, version, meeting));

        assertThat(world.stored(panel).meetings()).singleElement().satisfies(m -> assertThat(m.isCancelled()).isTrue());
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(MeetingCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.meeting()).isEqualTo(meeting));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
        assertRefused(() -> cancel.handle(new CancelMeeting.Command(world.lead, panel, null, meeting)),
                "panel.meeting-cancelled");
    }
}
