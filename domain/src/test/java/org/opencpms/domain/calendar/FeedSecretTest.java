package org.opencpms.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.InvalidValue;

class FeedSecretTest {

    @Test
    void a_secret_is_256_random_bits_in_43_url_safe_characters_and_never_repeats() {
        var random = new SecureRandom();
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var secret = FeedSecret.random(random);
            assertThat(secret.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(secret.value())).isTrue();
        }
    }

    @Test
    void the_stored_digest_is_the_sha256_of_the_secret_and_never_the_secret() {
        var secret = new FeedSecret("A".repeat(43));

        assertThat(secret.digest())
                .isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a") // sha256sum of 43 'A'
                .doesNotContain(secret.value());
        assertThat(new FeedSecret("A".repeat(43)).digest()).isEqualTo(secret.digest());
        assertThat(new FeedSecret("B".repeat(43)).digest()).isNotEqualTo(secret.digest());
        assertThat(secret.toString()).doesNotContain(secret.value());
    }

    @Test
    void text_of_another_form_is_no_secret() {
        assertThat(FeedSecret.parse("A".repeat(42))).isEmpty();
        assertThat(FeedSecret.parse("A".repeat(42) + "/")).isEmpty();
        assertThat(FeedSecret.parse(null)).isEmpty();
        assertThat(FeedSecret.parse("A".repeat(43))).contains(new FeedSecret("A".repeat(43)));
        assertThatThrownBy(() -> new FeedSecret("short")).isInstanceOf(InvalidValue.class);
    }
}
