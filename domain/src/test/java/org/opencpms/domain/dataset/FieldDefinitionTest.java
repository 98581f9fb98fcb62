package org.opencpms.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencpms.domain.shared.DomainException;

class FieldDefinitionTest {

    private static FieldDefinition field(FieldType type, String... options) {
        return new FieldDefinition("visual-acuity", "Visual acuity", type, List.of(options), true);
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a domain exception");
    }

    @Test
    void a_definition_keeps_its_stripped_key_label_and_options() {
        var field = new FieldDefinition(" eye_side ", " Eye ", FieldType.CHOICE, List.of(" left ", "right"), false);
        assertThat(field.key()).isEqualTo("eye_side");
        assertThat(field.label()).isEqualTo("Eye");
        assertThat(field.options()).containsExactly("left", "right");
        assertThat(field.mandatory()).isFalse();
        assertThat(field.type()).isEqualTo(FieldType.CHOICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "age", "age2", "onset-age", "onset_age", "a1-b2_c3"})
    void keys_are_lower_case_words(String key) {
        assertThat(new FieldDefinition(key, "L", FieldType.TEXT, List.of(), false).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Age", "2age", "onset age", "onset--age", "-age", "age-", "onset.age", "âge"})
    void other_keys_are_refused(String key) {
        assertThat(codeOf(() -> new FieldDefinition(key, "L", FieldType.TEXT, List.of(), false)))
                .isEqualTo("field-definition.invalid");
    }

    @Test
    void keys_and_labels_have_maximum_lengths() {
        assertThat(new FieldDefinition("k".repeat(64), "l".repeat(200), FieldType.TEXT, null, false).key()).hasSize(64);
        assertThat(codeOf(() -> new FieldDefinition("k".repeat(65), "L", FieldType.TEXT, null, false)))
                .isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> new FieldDefinition("k", "l".repeat(201), FieldType.TEXT, null, false)))
                .isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> new FieldDefinition("k", " ", FieldType.TEXT, null, false))).isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> new FieldDefinition("k", "L", null, null, false))).isEqualTo("field-definition.invalid");
    }

    @Test
    void only_choice_fields_have_options_and_they_must_have_some() {
        assertThat(codeOf(() -> field(FieldType.CHOICE))).isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> field(FieldType.TEXT, "a"))).isEqualTo("field-definition.invalid");
        assertThat(new FieldDefinition("k", "L", FieldType.NUMBER, null, false).options()).isEmpty();
    }

    @Test
    void options_are_distinct_and_non_blank() {
        assertThat(codeOf(() -> field(FieldType.CHOICE, "a", " a"))).isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> field(FieldType.CHOICE, "a", " "))).isEqualTo("field-definition.invalid");
        assertThat(codeOf(() -> new FieldDefinition("k", "L", FieldType.CHOICE, Arrays.asList("a", null), false)))
                .isEqualTo("field-definition.invalid");
    }

    @Test
    void text_accepts_any_non_blank_value() {
        assertThat(field(FieldType.TEXT).accepts("anything")).isTrue();
        assertThat(field(FieldType.TEXT).accepts("  ")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "-1", "3.25", " 7 ", "-0.5"})
    void number_accepts_decimal_numbers(String value) {
        assertThat(field(FieldType.NUMBER).accepts(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4,2", "1e3", ".5", "5.", "+1", "forty", "1 2"})
    void number_refuses_anything_else(String value) {
        assertThat(field(FieldType.NUMBER).accepts(value)).isFalse();
    }

    @Test
    void date_accepts_iso_calendar_dates_only() {
        assertThat(field(FieldType.DATE).accepts("2024-02-29")).isTrue();
        assertThat(field(FieldType.DATE).accepts("2023-02-29")).isFalse();
        assertThat(field(FieldType.DATE).accepts("29/02/2024")).isFalse();
        assertThat(field(FieldType.DATE).accepts("2024-02-29T10:00")).isFalse();
    }

    @Test
    void boolean_accepts_true_and_false_only() {
        assertThat(field(FieldType.BOOLEAN).accepts("true")).isTrue();
        assertThat(field(FieldType.BOOLEAN).accepts("false")).isTrue();
        assertThat(field(FieldType.BOOLEAN).accepts("yes")).isFalse();
        assertThat(field(FieldType.BOOLEAN).accepts("TRUE")).isFalse();
    }

    @Test
    void coded_accepts_a_system_uri_and_a_valid_code() {
        assertThat(field(FieldType.CODED).accepts("http://www.orpha.net|ORPHA:558")).isTrue();
        assertThat(field(FieldType.CODED).accepts("http://loinc.org|2345-7")).isTrue();
        assertThat(field(FieldType.CODED).accepts("http://loinc.org|2345-8")).isFalse();
        assertThat(field(FieldType.CODED).accepts("http://example.org|2345-7")).isFalse();
        assertThat(field(FieldType.CODED).accepts("2345-7")).isFalse();
        assertThat(field(FieldType.CODED).accepts("|2345-7")).isFalse();
    }

    @Test
    void choice_accepts_one_of_its_options() {
        var field = field(FieldType.CHOICE, "left", "right");
        assertThat(field.accepts(" right")).isTrue();
        assertThat(field.accepts("both")).isFalse();
    }
}
