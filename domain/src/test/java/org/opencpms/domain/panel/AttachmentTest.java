package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

    @Test
    void a_document_is_referred_to_by_its_storage_key() {
        var document = Attachment.document(" doc-1 ", " Biopsy report ", "application/pdf");
        assertThat(document).isEqualTo(new Attachment(AttachmentKind.DOCUMENT, "doc-1", "Biopsy report", "application/pdf"));
    }

    @Test
    void an_imaging_study_is_referred_to_by_its_dicom_uid() {
        var study = Attachment.imagingStudy("2.25.329800735698586629295641978511506172918", "Thigh MRI");
        assertThat(study.kind()).isEqualTo(AttachmentKind.IMAGING_STUDY);
        assertThat(study.mediaType()).isEqualTo("application/dicom");
        assertThat(Attachment.imagingStudy("1.2.840.10008.0", "x").reference()).isEqualTo("1.2.840.10008.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.02", "1..2", "1.2.", "a.b", "1.2.3a", ".1.2"})
    void an_imaging_study_reference_that_is_not_a_uid_is_refused(String uid) {
        assertFailsWith(() -> Attachment.imagingStudy(uid, "x")).isEqualTo("attachment.invalid");
    }

    @Test
    void a_uid_has_at_most_64_characters() {
        String sixtyFour = "1." + "2".repeat(62);
        assertThat(Attachment.imagingStudy(sixtyFour, "x").reference()).hasSize(64);
        assertFailsWith(() -> Attachment.imagingStudy(sixtyFour + "2", "x")).isEqualTo("attachment.invalid");
        assertThat(Attachment.document("2".repeat(65), "x", "text/plain").reference()).hasSize(65);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "application/vnd.ms-excel", "text/plain", "IMAGE/JPEG", "application/fhir+json"})
    void media_types_are_type_slash_subtype(String mediaType) {
        assertThat(Attachment.document("k", "t", mediaType).mediaType()).isEqualTo(mediaType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "application/", "/pdf", "application/pdf; charset=x", "application pdf", "a/b/c"})
    void anything_else_is_not_a_media_type(String mediaType) {
        assertFailsWith(() -> Attachment.document("k", "t", mediaType)).isEqualTo("attachment.invalid");
    }

    @Test
    void every_part_is_required_and_of_limited_length() {
        String longest = "k".repeat(PanelLimits.LABEL);
        assertThat(Attachment.document(longest, longest, "text/plain").title()).hasSize(255);
        assertFailsWith(() -> Attachment.document(longest + "k", "t", "text/plain")).isEqualTo("attachment.invalid");
        assertFailsWith(() -> Attachment.document("k", longest + "t", "text/plain")).isEqualTo("attachment.invalid");
        assertFailsWith(() -> Attachment.document("k", " ", "text/plain")).isEqualTo("attachment.invalid");
        assertFailsWith(() -> Attachment.document(null, "t", "text/plain")).isEqualTo("attachment.invalid");
        assertFailsWith(() -> Attachment.document("k", "t", null)).isEqualTo("attachment.invalid");
        assertFailsWith(() -> new Attachment(null, "k", "t", "text/plain")).isEqualTo("attachment.invalid");
    }
}
