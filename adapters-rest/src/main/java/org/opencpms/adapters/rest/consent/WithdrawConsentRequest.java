package org.opencpms.adapters.rest.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.user.Actor;

/** That the patient withdrew a consent: the day (today when absent) and why. */
public record WithdrawConsentRequest(LocalDate withdrawnOn, @NotBlank @Size(max = 2000) String reason) {

    public WithdrawConsent.Command toCommand(Actor actor, ConsentId consent, Long expectedVersion) {
        return new WithdrawConsent.Command(actor, consent, expectedVersion, withdrawnOn, reason);
    }
}
