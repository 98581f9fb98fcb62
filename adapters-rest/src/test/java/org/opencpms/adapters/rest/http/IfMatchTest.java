package org.opencpms.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencpms.adapters.rest.problem.ProblemException;

class IfMatchTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "*", " * "})
    void an_absent_blank_or_star_header_asks_for_no_check(String header) {
        var ifMatch = IfMatch.parse(header);

        assertThat(ifMatch.expectedVersion()).isNull();
        assertThat(ifMatch.conditional()).isFalse();
        assertThat(IfMatch.carriesVersion(header)).isFalse();
    }

    @Test
    void a_strong_tag_is_the_expected_version() {
        assertThat(IfMatch.parse("\"7\"").expectedVersion()).isEqualTo(7L);
        assertThat(IfMatch.parse("\"0\"").conditional()).isTrue();
    }

    @Test
    void a_weak_tag_is_the_expected_version_too() {
        assertThat(IfMatch.parse("W/\"12\"").expectedVersion()).isEqualTo(12L);
    }

    @Test
    void surrounding_spaces_are_ignored() {
        assertThat(IfMatch.parse("  \"3\" ").expectedVersion()).isEqualTo(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "\"seven\"", "\"7", "7\"", "\"-1\"", "\"1\", \"2\"", "w/\"1\"", "W/7",
            "\"1234567890123456789\"", "\"\"", "**"})
    void anything_else_is_a_400_malformed_if_match(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("http.malformed-if-match");
                });
        assertThat(IfMatch.carriesVersion(header)).isFalse();
    }

    @Test
    void a_header_naming_a_version_makes_a_concurrent_update_a_failed_precondition() {
        assertThat(IfMatch.carriesVersion("\"4\"")).isTrue();
        assertThat(IfMatch.carriesVersion("W/\"4\"")).isTrue();
    }

    @Test
    void the_etag_is_the_version_in_quotes_and_parses_back() {
        assertThat(IfMatch.etag(42)).isEqualTo("\"42\"");
        assertThat(IfMatch.parse(IfMatch.etag(42)).expectedVersion()).isEqualTo(42L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_replacing_write_without_if_match_is_a_428_if_match_required(String header) {
        for (var method : List.of("PUT", "PATCH", "put")) {
            assertThatThrownBy(() -> IfMatch.requireOnReplacingWrite(method, header))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(428);
                        assertThat(problem.code()).isEqualTo("http.if-match-required");
                        assertThat(problem.getMessage()).contains("ETag");
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "*", "malformed, left to parse's 400"})
    void a_replacing_write_with_if_match_passes_the_rule(String header) {
        assertThatCode(() -> IfMatch.requireOnReplacingWrite("PUT", header)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "DELETE", "GET", "OPTIONS"})
    void additive_writes_actions_deletes_and_reads_may_go_without(String method) {
        assertThat(IfMatch.replaces(method)).isFalse();
        assertThatCode(() -> IfMatch.requireOnReplacingWrite(method, null)).doesNotThrowAnyException();
    }

    @Test
    void any_is_the_unconditional_precondition() {
        assertThat(IfMatch.any()).isEqualTo(new IfMatch(null));
    }
}
