package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;

class ConsultationFormTest {

    private static final ClinicalSection HISTORY = new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Weakness since age 4");
    private static final ClinicalSection GENETICS = new ClinicalSection(SectionKind.GENETICS, "DMD exon 45-47 deletion");
    private static final Attachment REPORT = Attachment.document("doc-1", "Biopsy report", "application/pdf");
    private static final Attachment PEDIGREE = Attachment.document("doc-2", "Pedigree", "image/png");

    private static ConsultationForm withSections(List<ClinicalSection> sections) {
        return new ConsultationForm("r", "q", false, sections, null, null, null, null, null);
    }

    @Test
    void an_empty_form_has_nothing_and_no_nulls() {
        var form = ConsultationForm.empty();
        assertThat(form.reasonForRequest()).isEmpty();
        assertThat(form.clinicalQuestion()).isEmpty();
        assertThat(form.urgent()).isFalse();
        assertThat(form.sections()).isEmpty();
        assertThat(form.diagnoses()).isEmpty();
        assertThat(form.phenotypes()).isEmpty();
        assertThat(form.customData()).isEmpty();
        assertThat(form.attachments()).isEmpty();
        assertThat(form.pedigree()).isEmpty();
        assertThat(form.missingForSubmission()).containsExactly("reason-for-request", "clinical-question");
    }

    @Test
    void a_full_form_keeps_everything_stripped_and_sections_in_form_order() {
        var diagnosis = new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:98896", "Becker muscular dystrophy");
        var phenotype = new CodedEntry(CodingSystem.HPO, "HP:0003560", null);
        var form = new ConsultationForm(" Unclear ", " Which one? ", true, List.of(GENETICS, HISTORY), List.of(diagnosis),
                List.of(phenotype), Map.of("ck-level", "4200"), List.of(REPORT), Optional.of(PEDIGREE));

        assertThat(form.reasonForRequest()).isEqualTo("Unclear");
        assertThat(form.clinicalQuestion()).isEqualTo("Which one?");
        assertThat(form.urgent()).isTrue();
        assertThat(form.sections()).containsExactly(HISTORY, GENETICS);
        assertThat(form.section(SectionKind.GENETICS)).contains(GENETICS);
        assertThat(form.section(SectionKind.IMAGING)).isEmpty();
        assertThat(form.diagnoses()).containsExactly(diagnosis);
        assertThat(form.phenotypes()).containsExactly(phenotype);
        assertThat(form.customData()).containsExactly(Map.entry("ck-level", "4200"));
        assertThat(form.attachments()).containsExactly(REPORT);
        assertThat(form.pedigree()).contains(PEDIGREE);
        assertThat(form.missingForSubmission()).isEmpty();
    }

    @Test
    void the_form_is_a_copy_that_cannot_be_changed_from_outside() {
        var sections = new java.util.ArrayList<>(List.of(HISTORY));
        var data = new HashMap<>(Map.of("a", "1"));
        var form = new ConsultationForm("r", "q", false, sections, null, null, data, null, null);
        sections.add(GENETICS);
        data.put("b", "2");
        assertThat(form.sections()).containsExactly(HISTORY);
        assertThat(form.customData()).containsOnlyKeys("a");
        assertThatThrownBy(() -> form.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> form.customData().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void there_is_at_most_one_section_of_each_kind() {
        var again = new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Other text");
        assertFailsWith(() -> withSections(List.of(HISTORY, GENETICS, again))).isEqualTo("clinical-section.invalid");
        assertThat(withSections(List.of(GENETICS)).sections()).containsExactly(GENETICS);
    }

    @Test
    void reason_and_question_have_a_maximum_length() {
        String longest = "x".repeat(PanelLimits.SHORT_TEXT);
        assertThat(new ConsultationForm(longest, longest, false, null, null, null, null, null, null).reasonForRequest()).hasSize(4_000);
        assertFailsWith(() -> new ConsultationForm(longest + "x", "q", false, null, null, null, null, null, null))
                .isEqualTo("reason-for-request.invalid");
        assertFailsWith(() -> new ConsultationForm("r", longest + "x", false, null, null, null, null, null, null))
                .isEqualTo("clinical-question.invalid");
    }

    @Test
    void lists_and_custom_data_hold_no_nulls() {
        assertFailsWith(() -> new ConsultationForm("r", "q", false, Arrays.asList(HISTORY, null), null, null, null, null, null))
                .isEqualTo("clinical-section.invalid");
        assertFailsWith(() -> new ConsultationForm("r", "q", false, null, Arrays.asList((CodedEntry) null), null, null, null, null))
                .isEqualTo("diagnosis.invalid");
        assertFailsWith(() -> new ConsultationForm("r", "q", false, null, null, Arrays.asList((CodedEntry) null), null, null, null))
                .isEqualTo("phenotype.invalid");
        assertFailsWith(() -> new ConsultationForm("r", "q", false, null, null, null, null, Arrays.asList((Attachment) null), null))
                .isEqualTo("attachment.invalid");
        var withNull = new HashMap<String, String>();
        withNull.put("a", null);
        assertFailsWith(() -> new ConsultationForm("r", "q", false, null, null, null, withNull, null, null)).isEqualTo("custom-data.invalid");
    }

    @Test
    void a_pedigree_is_a_document() {
        var study = Attachment.imagingStudy("2.25.1", "MRI");
        assertFailsWith(() -> new ConsultationForm("r", "q", false, null, null, null, null, null, Optional.of(study)))
                .isEqualTo("pedigree.invalid");
    }

    @Test
    void a_clinical_section_is_non_blank_text_of_limited_length() {
        assertThat(new ClinicalSection(SectionKind.LABORATORY, " CK 4200 ").text()).isEqualTo("CK 4200");
        assertThat(new ClinicalSection(SectionKind.LABORATORY, "x".repeat(PanelLimits.TEXT)).text()).hasSize(50_000);
        assertFailsWith(() -> new ClinicalSection(SectionKind.LABORATORY, "x".repeat(PanelLimits.TEXT + 1))).isEqualTo("clinical-section.invalid");
        assertFailsWith(() -> new ClinicalSection(SectionKind.LABORATORY, " ")).isEqualTo("clinical-section.invalid");
        assertFailsWith(() -> new ClinicalSection(null, "x")).isEqualTo("clinical-section.invalid");
    }

    @Test
    void a_builder_fills_in_only_the_parts_named_and_the_form_keeps_its_rules() {
        var pedigree = Attachment.document("pedigree.pdf", "Pedigree", "application/pdf");

        var form = ConsultationForm.builder(" Nephrotic syndrome ", "Genetic cause?").urgent()
                .section(SectionKind.LABORATORY, "Proteinuria 4.1 g/day.")
                .section(SectionKind.HISTOLOGY, "FSGS on biopsy.")
                .diagnosis(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome")
                .phenotype(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome")
                .customField("biopsy", "yes").pedigree(pedigree).build();

        assertThat(form.reasonForRequest()).isEqualTo("Nephrotic syndrome");
        assertThat(form.urgent()).isTrue();
        assertThat(form.sections()).extracting(ClinicalSection::kind)
                .containsExactly(SectionKind.LABORATORY, SectionKind.HISTOLOGY);
        assertThat(form.diagnoses()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("N04.1"));
        assertThat(form.phenotypes()).hasSize(1);
        assertThat(form.customData()).containsEntry("biopsy", "yes");
        assertThat(form.pedigree()).contains(pedigree);
        assertThat(ConsultationForm.of("Why", "What?").missingForSubmission()).isEmpty();
        assertThat(ConsultationForm.of("Why", "What?").sections()).isEmpty();
        assertThatThrownBy(() -> ConsultationForm.builder("r", "q").section(SectionKind.LABORATORY, "a")
                .section(SectionKind.LABORATORY, "b").build())
                .extracting(e -> ((org.opencpms.domain.shared.DomainException) e).code())
                .isEqualTo("clinical-section.invalid");
    }
}
