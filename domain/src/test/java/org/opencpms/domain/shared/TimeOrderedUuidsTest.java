package org.opencpms.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:45:00.123Z");

    @Test
    void an_id_is_a_version_7_uuid_carrying_the_instant_in_milliseconds() {
        UUID id = TimeOrderedUuids.at(NOW);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void ids_created_later_sort_later_as_text_and_as_bytes() {
        var earlier = TimeOrderedUuids.at(NOW);
        var later = TimeOrderedUuids.at(NOW.plusMillis(1));

        assertThat(later.toString()).isGreaterThan(earlier.toString());
        assertThat(later.getMostSignificantBits()).isGreaterThan(earlier.getMostSignificantBits());
    }

    @Test
    void ids_created_at_the_same_instant_differ_in_their_random_bits() {
        var ids = new HashSet<UUID>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(TimeOrderedUuids.at(NOW)));

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void an_instant_outside_the_48_bit_millisecond_range_is_refused() {
        assertThatThrownBy(() -> TimeOrderedUuids.at(Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("created-at.invalid");
        assertThatThrownBy(() -> TimeOrderedUuids.at(null)).isInstanceOf(InvalidValue.class);
    }
}
