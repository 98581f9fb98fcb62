package org.opencpms.domain.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class CodedEntryTest {

    @Test
    void a_coded_entry_keeps_a_well_formed_code_stripped() {
        var entry = new CodedEntry(CodingSystem.ICD_10, " G71.0 ", " Muscular dystrophy ");
        assertThat(entry.code()).isEqualTo("G71.0");
        assertThat(entry.display()).isEqualTo("Muscular dystrophy");
        assertThat(entry.system()).isEqualTo(CodingSystem.ICD_10);
    }

    @Test
    void the_display_is_optional() {
        assertThat(new CodedEntry(CodingSystem.HPO, "HP:0001250", null).display()).isEmpty();
        assertThat(new CodedEntry(CodingSystem.HPO, "HP:0001250", "  ").display()).isEmpty();
    }

    @Test
    void the_display_has_a_maximum_length() {
        String longest = "d".repeat(CodedEntry.MAX_DISPLAY_LENGTH);
        assertThat(new CodedEntry(CodingSystem.HPO, "HP:0001250", longest).display()).hasSize(500);
        assertThatThrownBy(() -> new CodedEntry(CodingSystem.HPO, "HP:0001250", longest + "d"))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("coded-entry.invalid");
    }

    @Test
    void a_malformed_code_is_refused_naming_the_system() {
        assertThatThrownBy(() -> new CodedEntry(CodingSystem.LOINC, "2345-8", "Glucose"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("LOINC")
                .hasMessageContaining("2345-8")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("coded-entry.invalid");
        assertThatThrownBy(() -> new CodedEntry(CodingSystem.SNOMED_CT, "22298007", null))
                .hasMessageContaining("SNOMED CT");
    }

    @Test
    void system_and_code_are_required() {
        assertThatThrownBy(() -> new CodedEntry(null, "G71.0", null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("coded-entry.invalid");
        assertThatThrownBy(() -> new CodedEntry(CodingSystem.ICD_10, null, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("coded-entry.invalid");
    }
}
