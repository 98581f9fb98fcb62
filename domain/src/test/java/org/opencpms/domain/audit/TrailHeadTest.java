package org.opencpms.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.InvalidValue;

class TrailHeadTest {

    private static final ChainHead FIVE = new ChainHead(5, "a".repeat(64));
    private static final ChainHead TWO = new ChainHead(2, "b".repeat(64));

    @Test
    void empty_chains_are_not_held_so_a_trail_s_heads_are_equal_whatever_chains_exist_without_records() {
        var head = new TrailHead(Map.of(3, TWO, 0, FIVE, 7, ChainHead.EMPTY));

        assertThat(head).isEqualTo(new TrailHead(Map.of(0, FIVE, 3, TWO)));
        assertThat(head.chains().keySet()).containsExactly(0, 3);
        assertThat(head.of(7)).isEqualTo(ChainHead.EMPTY);
        assertThat(head.of(3)).isEqualTo(TWO);
    }

    @Test
    void the_records_up_to_the_heads_are_counted_over_all_chains() {
        assertThat(new TrailHead(Map.of(0, FIVE, 3, TWO)).records()).isEqualTo(7);
        assertThat(TrailHead.EMPTY.records()).isZero();
    }

    @Test
    void the_digest_changes_with_any_chain_s_head_and_with_the_chain_a_head_belongs_to() {
        var head = new TrailHead(Map.of(0, FIVE, 3, TWO));

        assertThat(head.digest()).matches("[0-9a-f]{64}")
                .isNotEqualTo(new TrailHead(Map.of(0, FIVE, 4, TWO)).digest())
                .isNotEqualTo(new TrailHead(Map.of(0, FIVE, 3, new ChainHead(2, "c".repeat(64)))).digest())
                .isNotEqualTo(TrailHead.single(FIVE).digest());
    }

    @Test
    void a_chain_number_is_0_or_more() {
        assertThatThrownBy(() -> new TrailHead(Map.of(-1, FIVE))).isInstanceOf(InvalidValue.class);
    }
}
