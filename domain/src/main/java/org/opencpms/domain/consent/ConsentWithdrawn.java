package org.opencpms.domain.consent;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A patient withdrew a consent; it stopped being in force at {@code occurredAt}. */
public record ConsentWithdrawn(ConsentId consent, PatientId patient, ConsentKind kind, UserId withdrawnBy,
                               Instant occurredAt) implements DomainEvent {

    public ConsentWithdrawn {
        Require.present(consent, "consent");
        Require.present(patient, "patient");
        Require.present(kind, "consent-kind");
        Require.present(withdrawnBy, "withdrawn-by");
        Require.present(occurredAt, "occurred-at");
    }
}
