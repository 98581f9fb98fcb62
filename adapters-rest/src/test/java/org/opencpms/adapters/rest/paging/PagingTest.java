package org.opencpms.adapters.rest.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencpms.domain.shared.InvalidValue;

class PagingTest {

    @Test
    void an_absent_limit_is_fifty_and_an_absent_offset_zero() {
        assertThat(Paging.limit((String) null)).isEqualTo(50);
        assertThat(Paging.limit(" ")).isEqualTo(50);
        assertThat(Paging.limit((Integer) null)).isEqualTo(50);
        assertThat(Paging.offset(null)).isZero();
    }

    @Test
    void limits_from_one_to_five_hundred_are_taken_as_given() {
        assertThat(Paging.limit("1")).isEqualTo(1);
        assertThat(Paging.limit(" 500 ")).isEqualTo(500);
        assertThat(Paging.limit(Integer.valueOf(20))).isEqualTo(20);
        assertThat(Paging.offset("1000")).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-1", "ten", "1.5", "99999999999999999999"})
    void any_other_limit_is_400_limit_invalid(String limit) {
        assertThatThrownBy(() -> Paging.limit(limit))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("limit.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "3000000000"})
    void a_negative_or_unreadable_offset_is_400_offset_invalid(String offset) {
        assertThatThrownBy(() -> Paging.offset(offset))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("offset.invalid"));
    }

    @Test
    void a_blank_cursor_is_the_first_page() {
        assertThat(Paging.after(null)).isNull();
        assertThat(Paging.after("")).isNull();
        assertThat(Paging.after(" abc ")).isEqualTo("abc");
    }
}
