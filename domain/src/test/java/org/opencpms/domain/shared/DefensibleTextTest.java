package org.opencpms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.TimelineComment;

class DefensibleTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 here", "bell \u0007", "escape \u001B[31m", "delete \u007F", "c1 \u0085",
            "lone high \uD83D end", "lone low \uDE00 end", "reversed \u202E txt.exe", "embedding \u202A",
            "isolate \u2066 x \u2069", "mark \u200F", "arabic mark \u061C"})
    void control_characters_unpaired_surrogates_and_bidi_controls_are_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> Require.text(text, "comment", 1000))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("code", "comment.invalid")
                .hasMessageStartingWith("comment must not contain")
                .hasMessageContaining("U+");
    }

    @Test
    void tab_line_breaks_paired_surrogates_and_right_to_left_script_pass() {
        var text = "line one\r\n\tline two \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";

        assertThat(Require.text(text, "comment", 1000)).isEqualTo(text);
    }

    @Test
    void text_is_stored_in_normalisation_form_c() {
        var decomposed = "Rene\u0301e Mu\u0308ller";

        assertThat(Require.text(decomposed, "comment", 1000)).isEqualTo("Ren\u00E9e M\u00FCller");
        assertThat(DefensibleText.of(null, "comment")).isNull();
    }

    @Test
    void the_offending_character_is_named_with_its_position() {
        assertThatThrownBy(() -> DefensibleText.of("ab\u202Ec", "clinical-question"))
                .hasMessage("clinical-question must not contain a bidirectional formatting character (U+202E at position 3)");
    }

    @Test
    void every_free_text_value_passes_the_rule_custom_data_included() {
        assertThatThrownBy(() -> new TimelineComment(UserId.random(), "x\u0000", java.time.Instant.EPOCH))
                .hasFieldOrPropertyWithValue("code", "comment.invalid");
        assertThatThrownBy(() -> new ConsultationForm(null, null, false, null, null, null,
                Map.of("weight", "12\u202E"), null, null))
                .hasFieldOrPropertyWithValue("code", "custom-data.invalid");
        assertThat(new ConsultationForm(null, "Cafe\u0301?", false, null, null, null, Map.of("note", "a\u0308"),
                null, null)).satisfies(form -> {
                    assertThat(form.clinicalQuestion()).isEqualTo("Caf\u00E9?");
                    assertThat(form.customData()).containsEntry("note", "\u00E4");
                });
    }
}
