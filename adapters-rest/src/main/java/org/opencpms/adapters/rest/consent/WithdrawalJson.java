package org.opencpms.adapters.rest.consent;

import java.time.Instant;
import java.time.LocalDate;
import org.opencpms.domain.consent.Withdrawal;

/** The withdrawal of a consent: the day the patient withdrew it, when and by whom it was recorded, and why. */
public record WithdrawalJson(LocalDate withdrawnOn, Instant recordedAt, String recordedBy, String reason) {

    public static WithdrawalJson of(Withdrawal withdrawal) {
        return new WithdrawalJson(withdrawal.withdrawnOn(), withdrawal.recordedAt(),
                withdrawal.recordedBy().value().toString(), withdrawal.reason());
    }
}
