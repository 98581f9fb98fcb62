package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.PanelDrafted;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.shared.PatientId;

class OpenPanelTest {

    private final PanelFixtures world = new PanelFixtures();
    private final OpenPanel open = new OpenPanel(world.panels, world.patients, world.consents, world.policy,
            world.events,
            world.auditing, world.clock);

    @Test
    void a_health_professional_of_the_patient_s_centre_opens_a_draft_panel_they_lead() {
        var opened = open.handle(new OpenPanel.Command(world.lead, world.patient, ERN, ConsultationForm.empty()));
        var id = opened.id();

        var panel = world.stored(id);
        assertThat(panel.state()).isEqualTo(PanelState.DRAFT);
        assertThat(panel.patient()).isEqualTo(world.patient);
        assertThat(panel.patientCentre()).isEqualTo(world.centre);
        assertThat(panel.leadErn()).isEqualTo(ERN);
        assertThat(panel.lead()).isEqualTo(world.lead.id());
        assertThat(panel.draftedAt()).isEqualTo(PanelFixtures.NOW);
        assertThat(panel.version()).isZero();
        assertThat(world.events.published(PanelDrafted.class)).singleElement()
                .satisfies(e -> assertThat(e.panel()).isEqualTo(id));
        world.assertAudited(AuditAction.CREATE, world.lead, id);
        assertThat(world.audit()).as("one entry: the answer is the change's").hasSize(1);
        assertThat(opened.panel()).hasValueSatisfying(view -> {
            assertThat(view.id()).isEqualTo(id);
            assertThat(view.version()).isZero();
            assertThat(view.state()).isEqualTo(PanelState.DRAFT);
            assertThat(view.patient().id()).isEqualTo(world.patient);
        });
    }

    @Test
    void the_consents_in_force_now_decide_and_a_withdrawn_sharing_consent_blocks_opening() {
        var patient = world.patients.get(world.patient);
        var sharing = world.consents.ofPatient(world.patient).stream()
                .filter(c -> c.kind() == ConsentKind.SHARING_WITHIN_ERN).findFirst().orElseThrow();
        sharing.withdraw(patient, PanelFixtures.TODAY, "changed her mind", world.lead,
                PanelFixtures.NOW.minus(Duration.ofMinutes(1)));
        world.consents.save(sharing);

        assertRefused(() -> open.handle(new OpenPanel.Command(world.lead, world.patient, ERN, ConsultationForm.empty())),
                "panel.sharing-consent-required");
        assertThat(world.panels.ofPatient(world.patient)).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void an_unknown_patient_is_not_found() {
        assertRefused(() -> open.handle(new OpenPanel.Command(world.lead, PatientId.random(), ERN, ConsultationForm.empty())),
                "patient.not-found");
    }

    @Test
    void a_patient_a_health_professional_of_another_centre_may_not_see_does_not_exist_for_them() {
        var elsewhere = world.expert(ERN);

        assertRefused(() -> open.handle(new OpenPanel.Command(elsewhere, world.patient, ERN, ConsultationForm.empty())),
                "patient.not-found");
        assertThat(world.panels.ofPatient(world.patient)).isEmpty();
    }

    @Test
    void a_member_of_the_patient_s_panel_from_another_centre_sees_the_patient_but_may_not_open_a_panel() {
        var elsewhere = world.expert(ERN);
        world.inAssessment(elsewhere);

        assertRefused(() -> open.handle(new OpenPanel.Command(elsewhere, world.patient, ERN, ConsultationForm.empty())),
                "panel.forbidden");
        assertThat(world.panels.ofPatient(world.patient)).hasSize(1);
    }
}
