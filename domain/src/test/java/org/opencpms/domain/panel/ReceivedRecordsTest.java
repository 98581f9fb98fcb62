package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.shared.DomainException;

class ReceivedRecordsTest {

    private static final LabResult CREATININE = new LabResult(new CodedEntry(CodingSystem.LOINC, "2160-0", "Creatinine"),
            " 1.8 ", "mg/dL", "2026-12-01");
    private static final Relative MOTHER = new Relative("MTH", "mother", "female", false,
            List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome")));

    @Test
    void received_records_join_the_form_in_order_each_with_its_kind() {
        var form = ConsultationForm.of("Reason", "Question").withRecord(CREATININE).withRecord(MOTHER)
                .withRecord(new LabResult(new CodedEntry(CodingSystem.LOINC, "718-7", ""), "13.2", "g/dL", null));

        assertThat(form.labResults()).extracting(r -> r.test().code()).containsExactly("2160-0", "718-7");
        assertThat(form.relatives()).containsExactly(MOTHER);
        assertThat(form.labResults().get(0).value()).isEqualTo("1.8");
        assertThat(form.labResults().get(1).effective()).isEmpty();
    }

    @Test
    void editing_the_form_keeps_the_records_it_received_and_adding_text_or_attachments_does_too() {
        var received = ConsultationForm.of("Reason", "Question").withRecord(CREATININE).withRecord(MOTHER);

        var edited = ConsultationForm.of("Reason edited", "Question").keepingRecordsOf(received)
                .withAddedText(SectionKind.LABORATORY, "More results.")
                .withAttachment(Attachment.document("doc-1", "Letter", "application/pdf"))
                .withCodedEntries(List.of(), List.of(new CodedEntry(CodingSystem.HPO, "HP:0000365", "")));

        assertThat(edited.reasonForRequest()).isEqualTo("Reason edited");
        assertThat(edited.labResults()).containsExactly(CREATININE);
        assertThat(edited.relatives()).containsExactly(MOTHER);
    }

    @Test
    void a_laboratory_result_is_coded_in_loinc() {
        assertThatThrownBy(() -> new LabResult(new CodedEntry(CodingSystem.HPO, "HP:0000365", ""), "1", "", ""))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lab-result.invalid"))
                .hasMessageContaining("LOINC");
    }

    @Test
    void a_relative_has_a_relationship_and_no_null_condition() {
        assertThatThrownBy(() -> new Relative(" ", "", "", false, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("relative.invalid"));
        assertThatThrownBy(() -> new Relative("MTH", "", "", false, java.util.Arrays.asList((CodedEntry) null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("relative.invalid"));
        assertThat(new Relative("MTH", null, null, false, null).conditions()).isEmpty();
    }
}
