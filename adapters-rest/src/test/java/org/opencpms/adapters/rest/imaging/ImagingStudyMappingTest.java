package org.opencpms.adapters.rest.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class ImagingStudyMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final PanelId PANEL = new PanelId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final PatientId PATIENT = new PatientId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    private static final Instant RECEIVED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Actor ACTOR = Actor.of(new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000c1")));

    @Test
    void an_attached_study_is_mapped_field_by_field() {
        var study = new ImagingStudy(new StudyInstanceUid("1.2.826.0.1.3680043.2.1125"), PATIENT, PANEL, "CT\\MR", 2,
                40, RECEIVED);

        assertThat(ImagingStudyJson.of(study)).isEqualTo(new ImagingStudyJson("1.2.826.0.1.3680043.2.1125",
                PATIENT.value(), PANEL.value(), "CT\\MR", 2, 40, RECEIVED));
    }

    @Test
    void unknown_modalities_and_a_missing_panel_are_absent_from_the_json() {
        var study = new ImagingStudy(new StudyInstanceUid("1.2.3"), PATIENT, null, "", 1, 1, RECEIVED);

        var text = JSONB.toJson(ImagingStudyJson.of(study));

        assertThat(text).doesNotContain("modalities", "panel", "null")
                .contains("\"studyInstanceUid\":\"1.2.3\"", "\"receivedAt\":\"2025-03-01T09:00:00Z\"");
    }

    @Test
    void attaching_a_study_names_it_by_its_uid_with_the_title_and_the_expected_version() {
        var command = new AttachStudyRequest(" 1.2.3.4 ", "Brain MRI").toCommand(ACTOR, PANEL, 5L);

        assertThat(command.actor()).isEqualTo(ACTOR);
        assertThat(command.panel()).isEqualTo(PANEL);
        assertThat(command.expectedVersion()).isEqualTo(5L);
        assertThat(command.study()).isEqualTo(new StudyInstanceUid("1.2.3.4"));
        assertThat(command.title()).isEqualTo("Brain MRI");
    }

    @Test
    void a_malformed_study_uid_is_the_domains_invalid_value() {
        assertThatThrownBy(() -> new AttachStudyRequest("1.02.3", "MRI").toCommand(ACTOR, PANEL, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("study-uid.invalid"));
    }

    @Test
    void a_page_of_studies_holds_limit_items_from_offset_and_names_the_next_offset_when_more_follow() {
        var all = List.of("a", "b", "c", "d", "e");

        var first = ImagingStudyResource.page(all, 0, 2);
        var last = ImagingStudyResource.page(all, 4, 2);
        var beyond = ImagingStudyResource.page(all, 9, 2);
        var exact = ImagingStudyResource.page(all, 3, 2);

        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.next()).isEqualTo("2");
        assertThat(last.items()).containsExactly("e");
        assertThat(last.next()).isNull();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.next()).isNull();
        assertThat(exact.items()).containsExactly("d", "e");
        assertThat(exact.next()).isNull();
    }
}
