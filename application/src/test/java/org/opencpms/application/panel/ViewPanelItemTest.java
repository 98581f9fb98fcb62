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
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** {@link ViewPanelItem}: one meeting or data request of a panel, read by whoever sees the panel. */
class ViewPanelItemTest {

    private final PanelFixtures world = new PanelFixtures();
    private final Actor member = world.expert(ERN);
    private final PanelId panel = world.inAssessment(member);
    private final ViewPanelItem view = new ViewPanelItem(world.panels, world.patients, world.policy, world.auditing);

    @Test
    void a_member_reads_a_meeting_with_the_panels_version() {
        var meeting = schedule();

        var seen = view.handle(new ViewPanelItem.MeetingQuery(member, panel, meeting));

        assertThat(seen.item().id()).isEqualTo(meeting);
        assertThat(seen.item().start()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(seen.panelVersion()).isEqualTo(world.version(panel));
        world.assertAudited(AuditAction.READ, member, panel);
        assertThat(world.lastAudit().purpose()).isEqualTo("view meeting");
    }

    @Test
    void a_member_reads_a_data_request_with_the_panels_version() {
        world.change(panel, p -> p.requestData(member, "Biopsy report, please", NOW));
        var request = world.stored(panel).dataRequests().get(0).id();

        var seen = view.handle(new ViewPanelItem.DataRequestQuery(world.lead, panel, request));

        assertThat(seen.item().text()).isEqualTo("Biopsy report, please");
        assertThat(seen.item().answer()).isEmpty();
        assertThat(seen.panelVersion()).isEqualTo(world.version(panel));
        world.assertAudited(AuditAction.READ, world.lead, panel);
    }

    @Test
    void an_unknown_item_of_a_visible_panel_is_not_found() {
        assertRefused(() -> view.handle(new ViewPanelItem.MeetingQuery(member, panel, MeetingId.random())),
                "panel.meeting-not-found");
        assertRefused(() -> view.handle(new ViewPanelItem.DataRequestQuery(member, panel, DataRequestId.random())),
                "panel.data-request-not-found");
    }

    @Test
    void who_may_not_see_the_panel_is_told_the_panel_does_not_exist() {
        var meeting = schedule();
        var outsider = world.person(RoleGrant.healthProfessional(ERN, world.otherCentre));

        assertRefused(() -> view.handle(new ViewPanelItem.MeetingQuery(outsider, panel, meeting)), "panel.not-found");
        assertRefused(() -> view.handle(new ViewPanelItem.DataRequestQuery(outsider, panel, DataRequestId.random())),
                "panel.not-found");
    }

    private MeetingId schedule() {
        var meeting = new MeetingId[1];
        world.change(panel, p -> meeting[0] = p.scheduleMeeting(world.lead, NOW.plus(Duration.ofDays(3)),
                Duration.ofMinutes(30), Set.of(world.lead.id()), "https://video.example.org/m", NOW));
        return meeting[0];
    }
}
