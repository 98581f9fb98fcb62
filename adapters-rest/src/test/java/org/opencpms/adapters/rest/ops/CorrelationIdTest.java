package org.opencpms.adapters.rest.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @AfterEach
    void clear() {
        CorrelationId.clear();
    }

    @Test
    void a_safe_incoming_id_is_adopted_for_the_request() {
        assertThat(CorrelationId.adopt("gateway-1234-abcd")).isEqualTo("gateway-1234-abcd");
        assertThat(CorrelationId.current()).isEqualTo("gateway-1234-abcd");
    }

    @Test
    void an_unsafe_or_missing_incoming_id_is_replaced_by_a_fresh_one() {
        assertThat(CorrelationId.adopt("evil\nInjected: header")).doesNotContain("evil").hasSize(36);
        assertThat(CorrelationId.adopt(null)).hasSize(36);
        assertThat(CorrelationId.adopt("short")).isNotEqualTo("short");
    }
}
