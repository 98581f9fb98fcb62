package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.StudyAttached;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class AttachImagingStudyTest {

    private static final StudyInstanceUid UID = new StudyInstanceUid("2.25.1234567890123");

    private final PanelFixtures world = new PanelFixtures();
    private final AttachImagingStudy attach = new AttachImagingStudy(world.panels, world.patients, world.policy,
            world.archive, world.events,
            world.auditing, world.clock);

    private void received(PatientId patient, PanelId attachedTo) {
        world.archive.save(new ImagingStudy(UID, patient, attachedTo, "MR", 3, 120, NOW));
    }

    @Test
    void the_lead_attaches_a_study_of_the_patient_to_the_form_and_the_archive_records_it_for_the_panel() {
        var panel = world.inAssessment();
        received(world.patient, null);
        long version = world.version(panel);

        attach.handle(new AttachImagingStudy.Command(world.lead, panel, version, UID, "Brain MRI 2025"));

        assertThat(world.stored(panel).form().attachments())
                .containsExactly(Attachment.imagingStudy(UID.value(), "Brain MRI 2025"));
        assertThat(world.stored(panel).form().reasonForRequest())
                .isEqualTo(PanelFixtures.completeForm().reasonForRequest());
        assertThat(world.archive.get(UID).attachedTo()).contains(panel);
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published()).containsExactly(new StudyAttached(panel, UID, world.lead.id(), NOW));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void a_study_of_another_patient_is_refused_and_nothing_changes() {
        var panel = world.inAssessment();
        var otherPatient = world.enrol(world.lead, world.centre, "quiet-heron-0001", "HOSP-1");
        received(otherPatient, null);

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI")),
                "study.other-patient");

        assertThat(world.stored(panel).form().attachments()).isEmpty();
        assertThat(world.archive.get(UID).attachedTo()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void a_study_the_caller_says_is_about_another_patient_than_the_panels_is_refused_and_nothing_changes() {
        var panel = world.inAssessment();
        var otherPatient = world.enrol(world.lead, world.centre, "quiet-heron-0002", "HOSP-2");
        received(world.patient, null);

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI",
                otherPatient)), "subject.invalid");

        assertThat(world.stored(panel).form().attachments()).isEmpty();
        assertThat(world.archive.get(UID).attachedTo()).isEmpty();
        attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI", world.patient));
        assertThat(world.archive.get(UID).attachedTo()).contains(panel);
    }

    @Test
    void a_study_already_attached_to_another_panel_is_not_attached_again() {
        var panel = world.inAssessment();
        var other = world.draft();
        received(world.patient, other);

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI")),
                "study.already-attached");
        assertThat(world.stored(panel).form().attachments()).isEmpty();
        assertThat(world.archive.get(UID).attachedTo()).contains(other);
    }

    @Test
    void a_study_the_form_already_lists_is_not_listed_twice() {
        var panel = world.inAssessment();
        received(world.patient, null);
        attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI"));
        long version = world.version(panel);

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI again")),
                "panel.study-already-listed");

        assertThat(world.stored(panel).form().attachments()).containsExactly(Attachment.imagingStudy(UID.value(), "MRI"));
        assertThat(world.version(panel)).isEqualTo(version);
        assertThat(world.archive.get(UID).attachedTo()).contains(panel);
    }

    @Test
    void an_unknown_study_is_not_found() {
        var panel = world.inAssessment();

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(world.lead, panel, null, UID, "MRI")),
                "study.not-found");
    }

    @Test
    void only_the_lead_or_their_assistant_attaches_and_the_panel_decides_that_before_the_study_is_examined() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);
        received(PatientId.random(), null);

        assertRefused(() -> attach.handle(new AttachImagingStudy.Command(member, panel, null, UID, "MRI")),
                "panel.not-lead");
    }
}
