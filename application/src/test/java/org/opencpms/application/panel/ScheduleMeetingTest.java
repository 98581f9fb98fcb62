package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.MeetingScheduled;
import org.opencpms.domain.panel.MeetingStatus;
import org.opencpms.domain.user.RoleGrant;

class ScheduleMeetingTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ScheduleMeeting schedule = new ScheduleMeeting(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock);

    @Test
    void a_panel_manager_of_the_lead_ern_schedules_a_meeting_of_the_participants() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        long version = world.version(panel);
        var manager = world.person(RoleGrant.panelManager(ERN, world.otherCentre));
        var start = NOW.plus(Duration.ofDays(3));

        var scheduled = schedule.handle(new ScheduleMeeting.Command(manager, panel, version, start,
                Duration.ofMinutes(45), Set.of(world.lead.id(), member.id()), "https://meet.example.eu/alport"));
        var id = scheduled.id();

        assertThat(world.stored(panel).meetings()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.start()).isEqualTo(start);
            assertThat(m.attendees()).containsExactlyInAnyOrder(world.lead.id(), member.id());
            assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(MeetingScheduled.class)).singleElement()
                .satisfies(e -> assertThat(e.meeting()).isEqualTo(id));
        world.assertAudited(AuditAction.UPDATE, manager, panel);
        assertThat(scheduled.panel()).hasValueSatisfying(view -> assertThat(view.version()).isEqualTo(version + 1));
    }

    @Test
    void a_meeting_starts_after_the_clock_s_now() {
        var panel = world.inAssessment();

        assertRefused(() -> schedule.handle(new ScheduleMeeting.Command(world.lead, panel, null, NOW, Duration.ofHours(1),
                Set.of(world.lead.id()), "https://meet.example.eu/alport")), "panel.meeting-not-in-future");
    }
}
