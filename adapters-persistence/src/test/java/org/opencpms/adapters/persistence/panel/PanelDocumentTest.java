package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.shared.PatientId;

class PanelDocumentTest {

    @Test
    void a_panel_that_went_through_every_kind_of_change_survives_the_round_trip_unchanged() {
        PanelSnapshot snapshot = PanelStories.everyKindOfChange().snapshot();

        PanelSnapshot read = PanelDocument.fromJson(PanelDocument.toJson(snapshot), 0);

        assertThat(read).isEqualTo(snapshot);
    }

    @Test
    void the_story_really_holds_every_kind_of_part() {
        PanelSnapshot s = PanelStories.everyKindOfChange().snapshot();

        assertThat(s.copiedFrom()).isPresent();
        assertThat(s.state()).isEqualTo(PanelState.ARCHIVED);
        assertThat(s.deadline()).isPresent();
        assertThat(s.form().urgent()).isTrue();
        assertThat(s.form().sections()).hasSize(2);
        assertThat(s.form().diagnoses()).hasSize(2);
        assertThat(s.form().phenotypes()).hasSize(1);
        assertThat(s.form().customData()).hasSize(2);
        assertThat(s.form().attachments()).extracting(a -> a.kind())
                .containsExactly(AttachmentKind.DOCUMENT, AttachmentKind.IMAGING_STUDY);
        assertThat(s.form().pedigree()).isPresent();
        assertThat(s.history()).extracting(t -> t.reason()).anyMatch(Predicate.not(String::isEmpty));
        assertThat(s.forwardings()).hasSize(1);
        assertThat(s.handovers()).hasSize(1);
        assertThat(s.invitations()).extracting(Invitation::status)
                .contains(InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.PENDING);
        assertThat(s.invitations()).extracting(Invitation::kind).containsAll(Arrays.asList(InvitationKind.values()));
        assertThat(s.comments()).hasSize(2);
        assertThat(s.dataRequests()).extracting(r -> r.isAnswered()).containsExactly(true, false);
        assertThat(s.dataRequests().get(0).answer().orElseThrow().attachments()).hasSize(2);
        assertThat(s.contributions()).anyMatch(c -> !c.updatedAt().equals(c.recordedAt()) && !c.comments().isEmpty());
        assertThat(s.meetings()).anyMatch(m -> m.recording().isPresent()).anyMatch(Meeting::isCancelled);
        assertThat(s.outcome().orElseThrow().reviews()).hasSize(2);
        assertThat(s.outcome().orElseThrow().finalisedAt()).isPresent();
        assertThat(s.usefulness()).isPresent();
    }

    @Test
    void a_fresh_draft_with_every_optional_part_absent_survives_the_round_trip_unchanged() {
        PanelSnapshot snapshot = PanelStories.draft(PatientId.random(), PanelStories.lead(), PanelStories.T0).snapshot();

        PanelSnapshot read = PanelDocument.fromJson(PanelDocument.toJson(snapshot), 7);

        assertThat(read).isEqualTo(new PanelSnapshot(snapshot.id(), snapshot.patient(), snapshot.patientCentre(),
                snapshot.leadErn(), snapshot.lead(), snapshot.draftedBy(), snapshot.draftedAt(), snapshot.copiedFrom(),
                snapshot.state(), snapshot.form(), snapshot.deadline(), snapshot.history(), snapshot.forwardings(),
                snapshot.handovers(), snapshot.invitations(), snapshot.comments(), snapshot.dataRequests(),
                snapshot.contributions(), snapshot.meetings(), snapshot.outcome(), snapshot.usefulness(), 7));
    }

    @Test
    void the_document_names_every_part_of_the_snapshot_but_the_version_after_its_type_and_format_version() {
        PanelSnapshot snapshot = PanelStories.everyKindOfChange().snapshot();

        var document = Json.createReader(new StringReader(PanelDocument.toJson(snapshot))).readObject();

        assertThat(document.keySet()).containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("type"),
                Arrays.stream(PanelSnapshot.class.getRecordComponents()).map(c -> c.getName())).toList());
        assertThat(document.keySet()).startsWith("type", "version");
        assertThat(document.getString("type")).isEqualTo("panel");
        assertThat(document.getInt("version")).isEqualTo(PanelDocument.VERSION);
        assertThat(document.isNull("copiedFrom")).isFalse();
    }

    @Test
    void an_absent_optional_part_is_written_as_null() {
        PanelSnapshot snapshot = PanelStories.draft(PatientId.random(), PanelStories.lead(), PanelStories.T0).snapshot();

        var document = Json.createReader(new StringReader(PanelDocument.toJson(snapshot))).readObject();

        assertThat(document.isNull("copiedFrom")).isTrue();
        assertThat(document.isNull("deadline")).isTrue();
        assertThat(document.isNull("outcome")).isTrue();
        assertThat(document.isNull("usefulness")).isTrue();
        assertThat(document.getJsonObject("form").isNull("pedigree")).isTrue();
    }

    @Test
    void a_document_of_another_format_version_or_type_is_refused() {
        PanelSnapshot draft = PanelStories.draft(PatientId.random(), PanelStories.lead(), PanelStories.T0).snapshot();
        String json = PanelDocument.toJson(draft);

        assertThatThrownBy(() -> PanelDocument.fromJson(json.replace("\"version\":1", "\"version\":2"), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 2");
        assertThatThrownBy(() -> PanelDocument.fromJson(json.replace("\"type\":\"panel\"", "\"type\":\"meeting\""), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("type \"meeting\"");
        assertThatThrownBy(() -> PanelDocument.fromJson(json.replace("{\"type\":\"panel\",\"version\":1,", "{\"format\":1,"), 0))
                .isInstanceOf(IllegalStateException.class);
    }
}
