package org.opencpms.domain.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

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
    void attaching_a_study_to_a_panel_keeps_everything_else() {
        var study = new ImagingStudy(UID, PatientId.random(), null, " MR ", 2, 40, NOW);
        var panel = PanelId.random();

        var attached = study.attachTo(panel);

        assertThat(study.attachedTo()).isEmpty();
        assertThat(attached.attachedTo()).contains(panel);
        assertThat(attached).usingRecursiveComparison().ignoringFields("panel").isEqualTo(study);
        assertThat(attached.modalities()).isEqualTo("MR");
    }
}
