package org.opencpms.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The withdrawal of a consent: the date the patient withdrew it, when and by whom it was recorded,
 * and why (at most {@value #MAX_REASON_LENGTH} characters).
 */
public record Withdrawal(LocalDate withdrawnOn, Instant recordedAt, UserId recordedBy, String reason) {

    static final int MAX_REASON_LENGTH = 2000;

    public Withdrawal {
        Require.present(withdrawnOn, "withdrawn-on");
        Require.present(recordedAt, "recorded-at");
        Require.present(recordedBy, "recorded-by");
        reason = Require.text(reason, "withdrawal-reason", MAX_REASON_LENGTH);
    }
}
