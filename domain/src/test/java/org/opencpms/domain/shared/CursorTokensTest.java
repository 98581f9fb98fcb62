package org.opencpms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTokensTest {

    /** A cursor of two values for these tests: a date and a number. */
    record DayAndNumber(LocalDate day, int number) {
        String token() {
            return CursorTokens.write(day.toString(), Integer.toString(number));
        }

        static DayAndNumber read(List<String> values) {
            if (values.get(1).isEmpty()) {
                throw new InvalidValue("number", "missing");
            }
            return new DayAndNumber(LocalDate.parse(values.get(0)), Integer.parseInt(values.get(1)));
        }
    }

    private static DayAndNumber parse(String token) {
        return CursorTokens.read(token, 2, DayAndNumber::read, DayAndNumber::token);
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void a_token_is_the_values_joined_by_a_tilde_as_unpadded_base64url() {
        assertThat(CursorTokens.write("2025-03-02", "7")).isEqualTo("MjAyNS0wMy0wMn43");
        assertThat(CursorTokens.write("??>", "x")).isEqualTo("Pz8-fng");
    }

    @Test
    void a_token_is_read_back_as_the_cursor_it_was_written_from() {
        var cursor = new DayAndNumber(LocalDate.of(2025, 3, 2), 7);

        assertThat(parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void anything_but_a_token_of_the_cursor_is_an_invalid_cursor() {
        for (String bad : List.of("", "%%%", encoded("2025-03-02"), encoded("2025-03-02~7~1"), encoded("2025-03-02~"),
                encoded("2025-02-30~7"), encoded("2025-03-02~007"), encoded("2025-03-02~7") + "=",
                "MjAyNS0wMy0wMn43 ")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(InvalidValue.class)
                    .extracting(CursorTokensTest::code).isEqualTo("cursor.invalid");
        }
    }

    @Test
    void a_missing_token_is_an_invalid_cursor() {
        assertThatThrownBy(() -> parse(null)).isInstanceOf(InvalidValue.class)
                .extracting(CursorTokensTest::code).isEqualTo("cursor.invalid");
    }
}
