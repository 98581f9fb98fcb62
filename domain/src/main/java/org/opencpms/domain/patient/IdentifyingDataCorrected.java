package org.opencpms.domain.patient;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A patient's identifying data was corrected. Says who and when, never what. */
public record IdentifyingDataCorrected(PatientId patient, UserId correctedBy, Instant occurredAt) implements DomainEvent {

    public IdentifyingDataCorrected {
        Require.present(patient, "patient");
        Require.present(correctedBy, "corrected-by");
        Require.present(occurredAt, "occurred-at");
    }
}
