package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInLedgerTest {

    private final SignInLedger ledger = new SignInLedger();
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void a_token_signs_in_once() {
        assertThat(ledger.firstUse("t1", now.plusSeconds(3600), now)).isTrue();
        assertThat(ledger.firstUse("t1", now.plusSeconds(3600), now)).isFalse();
        assertThat(ledger.firstUse("t2", now.plusSeconds(3600), now)).isTrue();
    }

    @Test
    void expired_tokens_are_forgotten_once_the_ledger_grows_large() {
        for (int i = 0; i <= SignInLedger.CLEANUP_THRESHOLD; i++) {
            ledger.firstUse("old-" + i, now.minusSeconds(1), now.minusSeconds(3600));
        }
        ledger.firstUse("trigger", now.plusSeconds(60), now);

        assertThat(ledger.firstUse("old-1", now.plusSeconds(60), now)).isTrue();
    }
}
