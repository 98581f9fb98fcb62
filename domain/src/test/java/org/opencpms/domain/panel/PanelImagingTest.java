package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUE;
import static org.opencpms.domain.panel.Fixtures.COLLEAGUES_ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.PATIENT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyAlreadyAttached;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.imaging.StudyOfAnotherPatient;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class PanelImagingTest {

    private static final StudyInstanceUid UID = new StudyInstanceUid("2.25.42424242");

    private static ImagingStudy received(PatientId patient) {
        return new ImagingStudy(UID, patient, null, "MR", 2, 60, T0);
    }

    @Test
    void the_lead_attaches_a_study_of_the_patient_to_the_form_and_gets_it_back_attached_to_the_panel() {
        Panel panel = Fixtures.inAssessment(EXPERT);
        long version = panel.version();

        ImagingStudy attached = panel.attachStudy(received(PATIENT), "Muscle MRI 2025", LEAD, NOW);

        assertThat(attached).isEqualTo(received(PATIENT).attachTo(panel.id(), PATIENT));
        assertThat(attached.attachedTo()).contains(panel.id());
        var expected = new ArrayList<>(Fixtures.completeForm().attachments());
        expected.add(Attachment.imagingStudy(UID.value(), "Muscle MRI 2025"));
        assertThat(panel.form().attachments()).containsExactlyElementsOf(expected);
        assertThat(panel.form().reasonForRequest()).isEqualTo(Fixtures.completeForm().reasonForRequest());
        assertThat(panel.pullEvents()).containsExactly(new StudyAttached(panel.id(), UID, LEAD.id(), NOW));
        assertThat(panel.version()).isEqualTo(version);
    }

    @Test
    void the_leads_centre_assistant_attaches_studies_too_and_no_one_else_does() {
        Panel panel = Fixtures.draft();
        panel.attachStudy(received(PATIENT), "MRI", ASSISTANT, NOW);
        assertThat(panel.pullEvents()).containsExactly(new StudyAttached(panel.id(), UID, ASSISTANT.id(), NOW));

        Panel other = Fixtures.inSelection(EXPERT);
        for (var actor : List.of(EXPERT, COLLEAGUE, COLLEAGUES_ASSISTANT, COORDINATOR)) {
            assertFailsWith(() -> other.attachStudy(received(PATIENT), "MRI", actor, NOW)).isEqualTo("panel.not-lead");
        }
        assertThat(other.form()).isEqualTo(Fixtures.completeForm());
        assertThat(other.pullEvents()).isEmpty();
    }

    @Test
    void studies_are_attached_from_draft_to_assessment() {
        List<Supplier<Panel>> open = List.of(Fixtures::draft, Fixtures::inSelection, Fixtures::inAssessment);
        for (var inState : open) {
            assertThat(inState.get().attachStudy(received(PATIENT), "MRI", LEAD, NOW).attachedTo()).isPresent();
        }
        assertFailsWith(() -> Fixtures.inSignOff().attachStudy(received(PATIENT), "MRI", LEAD, NOW))
                .isEqualTo("panel.not-allowed-in-state");
        assertFailsWith(() -> Fixtures.closed().attachStudy(received(PATIENT), "MRI", LEAD, NOW))
                .isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void who_may_attach_is_decided_before_the_state_and_the_state_before_the_study() {
        Panel signingOff = Fixtures.inSignOff();
        var foreign = received(PatientId.random());

        assertFailsWith(() -> signingOff.attachStudy(foreign, "MRI", EXPERT, NOW)).isEqualTo("panel.not-lead");
        assertFailsWith(() -> signingOff.attachStudy(foreign, "MRI", LEAD, NOW)).isEqualTo("panel.not-allowed-in-state");
    }

    @Test
    void a_study_of_another_patient_is_refused_and_the_form_is_unchanged() {
        Panel panel = Fixtures.inAssessment();

        assertThatThrownBy(() -> panel.attachStudy(received(PatientId.random()), "MRI", LEAD, NOW))
                .isInstanceOf(StudyOfAnotherPatient.class);
        assertThat(panel.form()).isEqualTo(Fixtures.completeForm());
        assertThat(panel.pullEvents()).isEmpty();
    }

    @Test
    void a_study_attached_to_another_panel_is_refused() {
        Panel panel = Fixtures.inAssessment();
        var elsewhere = received(PATIENT).attachTo(PanelId.random(), PATIENT);

        assertThatThrownBy(() -> panel.attachStudy(elsewhere, "MRI", LEAD, NOW))
                .isInstanceOf(StudyAlreadyAttached.class);
        assertThat(panel.form()).isEqualTo(Fixtures.completeForm());
        assertThat(panel.pullEvents()).isEmpty();
    }

    @Test
    void the_form_lists_a_study_once_but_it_is_listed_again_after_the_lead_removed_it() {
        Panel panel = Fixtures.inAssessment();
        ImagingStudy attached = panel.attachStudy(received(PATIENT), "MRI", LEAD, NOW);
        panel.pullEvents();

        assertFailsWith(() -> panel.attachStudy(attached, "MRI again", LEAD, NOW)).isEqualTo(PanelConflict.STUDY_ALREADY_LISTED);
        assertThat(PanelConflict.STUDY_ALREADY_LISTED).isEqualTo("panel.study-already-listed");
        assertThat(panel.form().attachments()).hasSize(Fixtures.completeForm().attachments().size() + 1);

        panel.editForm(LEAD, Fixtures.completeForm(), NOW);
        assertThat(panel.attachStudy(attached, "MRI again", LEAD, NOW)).isEqualTo(attached);
        assertThat(panel.form().attachments()).last().isEqualTo(Attachment.imagingStudy(UID.value(), "MRI again"));
    }

    @Test
    void a_document_with_the_same_reference_does_not_count_as_the_study_listed() {
        Panel panel = Fixtures.draft();
        var form = Fixtures.completeForm();
        panel.editForm(LEAD, new ConsultationForm(form.reasonForRequest(), form.clinicalQuestion(), false, form.sections(),
                form.diagnoses(), form.phenotypes(), form.customData(),
                List.of(Attachment.document(UID.value(), "Report", "application/pdf")), form.pedigree()), NOW);

        panel.attachStudy(received(PATIENT), "MRI", LEAD, NOW);

        assertThat(panel.form().attachments()).hasSize(2);
    }

    @Test
    void a_study_is_needed() {
        assertFailsWith(() -> Fixtures.draft().attachStudy(null, "MRI", LEAD, NOW)).isEqualTo("imaging-study.invalid");
        assertFailsWith(() -> Fixtures.draft().attachStudy(received(PATIENT), " ", LEAD, NOW)).isEqualTo("attachment.invalid");
    }
}
