package org.opencpms.application.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.RoleGrant;

class ListPanelStudiesTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ListPanelStudies list = new ListPanelStudies(world.panels, world.patients, world.policy, world.archive,
            world.auditing);

    private ImagingStudy received(String uid, PanelId attachedTo, int hoursAgo) {
        var study = new ImagingStudy(new StudyInstanceUid(uid), world.patient, attachedTo, "MR", 1, 10,
                NOW.minus(Duration.ofHours(hoursAgo)));
        world.archive.save(study);
        return study;
    }

    @Test
    void a_member_lists_the_studies_attached_to_the_panel_in_arrival_order() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        var second = received("2.25.2", panel, 1);
        var first = received("2.25.1", panel, 2);
        received("2.25.3", null, 3);
        received("2.25.4", world.draft(), 4);

        assertThat(list.handle(new ListPanelStudies.Query(member, panel))).containsExactly(first, second);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("ImagingStudy");
        assertThat(entry.resourceId()).isEqualTo(panel.toString());
        assertThat(entry.patient()).isEqualTo(world.patient);
    }

    @Test
    void a_researcher_does_not_list_a_panel_s_studies() {
        var panel = world.inAssessment();

        assertRefused(() -> list.handle(new ListPanelStudies.Query(world.person(RoleGrant.researcher(ERN)), panel)),
                "panel.not-found");
    }
}
