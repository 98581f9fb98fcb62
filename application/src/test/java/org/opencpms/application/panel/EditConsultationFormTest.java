package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.ConsultationFormEdited;
import org.opencpms.domain.user.RoleGrant;

class EditConsultationFormTest {

    private final PanelFixtures world = new PanelFixtures();
    private final EditConsultationForm edit = new EditConsultationForm(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);
    private final ConsultationForm urgent = new ConsultationForm("Rapid decline of kidney function",
            "Is a transplant indicated?", true, List.of(), null, null, null, null, null);

    @Test
    void the_lead_edits_the_consultation_form() {
        var panel = world.draft();
        long version = world.version(panel);

        edit.handle(new EditConsultationForm.Command(world.lead, panel, version, urgent));

        assertThat(world.stored(panel).form()).isEqualTo(urgent);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(ConsultationFormEdited.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(world.lead.id()));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void the_lead_s_centre_assistant_edits_it_for_them() {
        var panel = world.draft();
        var assistant = world.person(RoleGrant.centreAssistant(world.centre, world.lead.id()));

        edit.handle(new EditConsultationForm.Command(assistant, panel, null, urgent));

        assertThat(world.stored(panel).isUrgent()).isTrue();
        world.assertAudited(AuditAction.UPDATE, assistant, panel);
    }

    @Test
    void a_member_may_not_edit_the_form() {
        var member = world.expert(PanelFixtures.ERN);
        var panel = world.inAssessment(member);

        assertRefused(() -> edit.handle(new EditConsultationForm.Command(member, panel, null, urgent)), "panel.not-lead");
    }
}
