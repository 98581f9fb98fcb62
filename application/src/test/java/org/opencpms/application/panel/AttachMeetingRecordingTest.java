package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.MeetingRecordingAttached;

class AttachMeetingRecordingTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AttachMeetingRecording attach = new AttachMeetingRecording(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_attaches_the_recording_of_a_meeting_that_has_started() {
        var panel = world.inAssessment();
        var meeting = Meetings.scheduled(world, panel, NOW.minus(Duration.ofHours(2)));
        long version = world.version(panel);

        attach.handle(new AttachMeetingRecording.Command(world.lead, panel, version, meeting, "recordings/2025/03/14-a"));

        assertThat(world.stored(panel).meetings()).singleElement()
                .satisfies(m -> assertThat(m.recording()).contains("recordings/2025/03/14-a"));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(MeetingRecordingAttached.class)).singleElement()
                .satisfies(e -> assertThat(e.meeting()).isEqualTo(meeting));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void a_meeting_that_has_not_started_by_the_clock_has_no_recording() {
        var panel = world.inAssessment();
        var meeting = Meetings.scheduled(world, panel, NOW.plus(Duration.ofHours(2)));

        assertRefused(() -> attach.handle(new AttachMeetingRecording.Command(world.lead, panel, null, meeting, "rec")),
                "panel.meeting-not-started");
    }
}
