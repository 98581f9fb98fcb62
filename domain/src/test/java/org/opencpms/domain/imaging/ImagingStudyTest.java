package org.opencpms.domain.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.RuleViolation;

class ImagingStudyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final StudyInstanceUid UID = new StudyInstanceUid("2.25.1234567890");

    @Test
    void a_study_uid_is_dot_separated_numbers_without_leading_zeros() {
        assertThat(new StudyInstanceUid("1.2.840.10008.1").value()).isEqualTo("1.2.840.10008.1");
        assertThat(new StudyInstanceUid("2.25.0").value()).isEqualTo("2.25.0");
        for (String bad : new String[] {"1", "1.02.3", "1..2", "a.b", "1.2.", " 1.2", ""}) {
            assertThatThrownBy(() -> new StudyInstanceUid(bad)).as(bad)
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("study-uid.invalid");
        }
    }

    @Test
    void a_study_uid_has_at_most_64_characters() {
        String sixtyFour = "1." + "2".repeat(62);
        assertThat(new StudyInstanceUid(sixtyFour).value()).hasSize(64);
        assertThatThrownBy(() -> new StudyInstanceUid(sixtyFour + "2")).extracting("code").isEqualTo("study-uid.invalid");
    }

    @Test
    void a_study_holds_at_least_one_instance_per_series() {
        assertThat(new ImagingStudy(UID, PatientId.random(), null, "CT", 1, 1, NOW).instanceCount()).isEqualTo(1);
        assertThatThrownBy(() -> new ImagingStudy(UID, PatientId.random(), null, "CT", 0, 0, NOW))
                .extracting("code").isEqualTo("imaging-study.invalid");
        assertThatThrownBy(() -> new ImagingStudy(UID, PatientId.random(), null, "CT", 2, 1, NOW))
                .extracting("code").isEqualTo("imaging-study.invalid");
    }

    @Test
    void attaching_a_study_to_a_panel_of_its_patient_keeps_everything_else() {
        var patient = PatientId.random();
        var study = new ImagingStudy(UID, patient, null, " MR ", 2, 40, NOW);
        var panel = PanelId.random();

        var attached = study.attachTo(panel, patient);

        assertThat(study.attachedTo()).isEmpty();
        assertThat(attached.attachedTo()).contains(panel);
        assertThat(attached).usingRecursiveComparison().ignoringFields("panel").isEqualTo(study);
        assertThat(attached.modalities()).isEqualTo("MR");
    }

    @Test
    void a_study_is_attached_only_to_a_panel_of_its_own_patient() {
        var study = new ImagingStudy(UID, PatientId.random(), null, "CT", 1, 1, NOW);

        assertThatThrownBy(() -> study.attachTo(PanelId.random(), PatientId.random()))
                .isInstanceOf(StudyOfAnotherPatient.class).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("study.other-patient");
        assertThat(StudyOfAnotherPatient.CODE).isEqualTo("study.other-patient");
    }

    @Test
    void a_study_attached_to_a_panel_is_not_attached_to_another_but_attaching_it_again_to_the_same_changes_nothing() {
        var patient = PatientId.random();
        var panel = PanelId.random();
        var attached = new ImagingStudy(UID, patient, null, "CT", 1, 1, NOW).attachTo(panel, patient);

        assertThatThrownBy(() -> attached.attachTo(PanelId.random(), patient))
                .isInstanceOf(StudyAlreadyAttached.class).isInstanceOf(Conflict.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(StudyAlreadyAttached.CODE);
        assertThat(StudyAlreadyAttached.CODE).isEqualTo("study.already-attached");
        assertThat(attached.attachTo(panel, patient)).isEqualTo(attached);
    }

    @Test
    void attaching_needs_a_panel_and_its_patient() {
        var patient = PatientId.random();
        var study = new ImagingStudy(UID, patient, null, "CT", 1, 1, NOW);

        assertThatThrownBy(() -> study.attachTo(null, patient)).extracting("code").isEqualTo("panel.invalid");
        assertThatThrownBy(() -> study.attachTo(PanelId.random(), null)).extracting("code").isEqualTo("patient.invalid");
    }

    @Test
    void the_archive_fails_with_study_not_found_for_an_unknown_uid() {
        var known = new ImagingStudy(UID, PatientId.random(), null, "CT", 1, 1, NOW);
        ImageArchive archive = new ImageArchive() {
            public Optional<ImagingStudy> find(StudyInstanceUid uid) {
                return uid.equals(UID) ? Optional.of(known) : Optional.empty();
            }

            public Optional<ImagingStudy> findForUpdate(StudyInstanceUid uid) {
                return find(uid);
            }

            public void save(ImagingStudy study) {
            }

            public List<ImagingStudy> ofPatient(PatientId patient) {
                return List.of();
            }

            public List<ImagingStudy> attachedTo(PanelId panel) {
                return List.of();
            }
        };

        assertThat(archive.get(UID)).isSameAs(known);
        assertThatThrownBy(() -> archive.get(new StudyInstanceUid("2.25.99")))
                .isInstanceOf(StudyNotFound.class).isInstanceOf(NotFound.class)
                .hasMessageContaining("2.25.99")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(StudyNotFound.CODE);
        assertThat(StudyNotFound.CODE).isEqualTo("study.not-found");
    }
}
