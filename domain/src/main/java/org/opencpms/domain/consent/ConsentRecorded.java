package org.opencpms.domain.consent;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A consent of a patient was recorded. */
public record ConsentRecorded(ConsentId consent, PatientId patient, ConsentKind kind, UserId recordedBy,
                              Instant occurredAt) implements DomainEvent {

    public ConsentRecorded {
        Require.present(consent, "consent");
        Require.present(patient, "patient");
        Require.present(kind, "consent-kind");
        Require.present(recordedBy, "recorded-by");
        Require.present(occurredAt, "occurred-at");
    }
}
