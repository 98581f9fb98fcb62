package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.panel.ConsultationFormJson.CodedEntryJson;
import org.opencpms.adapters.rest.panel.ConsultationFormJson.SectionJson;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.shared.InvalidValue;

class ConsultationFormJsonTest {

    private static ConsultationFormJson full() {
        return new ConsultationFormJson("Unexplained weakness", "Which myopathy?", true,
                List.of(new SectionJson("MEDICAL_HISTORY", "Onset at 3 years"),
                        new SectionJson("GENETICS", "Panel sequencing negative")),
                List.of(new CodedEntryJson("ICD_10", "G71.0", "Muscular dystrophy")),
                List.of(new CodedEntryJson("HPO", "HP:0001250", null)),
                Map.of("ck-level", "1200"),
                List.of(new AttachmentJson("DOCUMENT", "doc/42", "Genetic report", "application/pdf"),
                        new AttachmentJson("IMAGING_STUDY", "1.2.826.0.1.3680043.2.1125", "Brain MRI",
                                "application/dicom")),
                new AttachmentJson("DOCUMENT", "doc/7", "Pedigree", "image/png"));
    }

    @Test
    void a_filled_in_form_becomes_the_domain_form_field_by_field() {
        var form = full().toForm();

        assertThat(form.reasonForRequest()).isEqualTo("Unexplained weakness");
        assertThat(form.clinicalQuestion()).isEqualTo("Which myopathy?");
        assertThat(form.urgent()).isTrue();
        assertThat(form.sections()).containsExactly(
                new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Onset at 3 years"),
                new ClinicalSection(SectionKind.GENETICS, "Panel sequencing negative"));
        assertThat(form.diagnoses()).containsExactly(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy"));
        assertThat(form.phenotypes()).containsExactly(new CodedEntry(CodingSystem.HPO, "HP:0001250", ""));
        assertThat(form.customData()).containsExactlyEntriesOf(Map.of("ck-level", "1200"));
        assertThat(form.attachments()).containsExactly(Panels.REPORT, Panels.STUDY);
        assertThat(form.pedigree()).contains(Panels.PEDIGREE);
    }

    @Test
    void the_domain_form_becomes_the_same_json_it_was_read_from() {
        assertThat(ConsultationFormJson.of(full().toForm())).isEqualTo(full());
    }

    @Test
    void an_empty_body_is_an_empty_form_that_is_not_urgent() {
        var form = new ConsultationFormJson(null, null, null, null, null, null, null, null, null).toForm();

        assertThat(form).isEqualTo(ConsultationForm.empty());
    }

    @Test
    void an_empty_form_shows_its_texts_and_pedigree_as_absent_and_its_lists_as_empty() {
        var json = ConsultationFormJson.of(ConsultationForm.empty());

        assertThat(json.reasonForRequest()).isNull();
        assertThat(json.clinicalQuestion()).isNull();
        assertThat(json.pedigree()).isNull();
        assertThat(json.urgent()).isFalse();
        assertThat(json.sections()).isEmpty();
        assertThat(json.diagnoses()).isEmpty();
        assertThat(json.customData()).isEmpty();
    }

    @Test
    void an_unknown_coding_system_is_an_invalid_value_naming_the_field() {
        var form = new ConsultationFormJson(null, null, false, null,
                List.of(new CodedEntryJson("ICD_11", "8A00", null)), null, null, null, null);

        assertThatThrownBy(form::toForm).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("coding-system.invalid"));
    }

    @Test
    void a_malformed_code_is_the_domains_invalid_value() {
        var form = new ConsultationFormJson(null, null, false, null, null,
                List.of(new CodedEntryJson("HPO", "HP:12", null)), null, null, null);

        assertThatThrownBy(form::toForm).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("coded-entry.invalid"));
    }

    @Test
    void an_unknown_section_kind_is_an_invalid_value_naming_the_field() {
        var form = new ConsultationFormJson(null, null, false, List.of(new SectionJson("SURGERY", "x")), null, null,
                null, null, null);

        assertThatThrownBy(form::toForm).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("clinical-section-kind.invalid"));
    }

    @Test
    void a_null_list_element_is_refused_by_the_domain_as_an_invalid_value_not_a_crash() {
        var sections = new ArrayList<SectionJson>();
        sections.add(null);
        var form = new ConsultationFormJson(null, null, false, sections, null, null, null, null, null);

        assertThatThrownBy(form::toForm).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("clinical-section.invalid"));
    }

    @Test
    void a_pedigree_that_is_not_a_document_is_the_domains_invalid_value() {
        var form = new ConsultationFormJson(null, null, false, null, null, null, null, null,
                new AttachmentJson("IMAGING_STUDY", "1.2.3", "Pedigree", "application/dicom"));

        assertThatThrownBy(form::toForm).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("pedigree.invalid"));
    }

    @Test
    void kinds_and_systems_may_be_written_in_any_case() {
        var form = new ConsultationFormJson(null, null, false, List.of(new SectionJson("genetics", "x")),
                List.of(new CodedEntryJson("orphacode", "ORPHA:558", null)), null, null, null, null).toForm();

        assertThat(form.sections().get(0).kind()).isEqualTo(SectionKind.GENETICS);
        assertThat(form.diagnoses().get(0).system()).isEqualTo(CodingSystem.ORPHACODE);
        assertThat(form.pedigree()).isEqualTo(Optional.empty());
    }
}
