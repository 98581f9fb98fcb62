package org.opencpms.application.consent;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.Withdrawal;
import org.opencpms.domain.shared.UserId;

/**
 * One consent as the patient's handlers see it: as given (kind, date, form, signed document), who
 * recorded it and when, whether it is in force now, its withdrawal if any, and the version to send
 * back with a withdrawal.
 */
public record ConsentView(ConsentId id, GivenConsent given, UserId recordedBy, Instant recordedAt, boolean inForce,
                          Optional<Withdrawal> withdrawal, long version) {

    /** The consent as it stands at {@code now}. */
    static ConsentView of(Consent consent, Instant now) {
        return new ConsentView(consent.id(), consent.given(), consent.recordedBy(), consent.recordedAt(),
                consent.isInForceAt(now), consent.withdrawal(), consent.version());
    }
}
