package org.opencpms.domain.patient;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * A patient was enrolled at a centre by {@code enrolledBy} (the enrolling HP, or their assistant on
 * their behalf). Carries no identifying data.
 */
public record PatientEnrolled(PatientId patient, PseudonymId pseudonym, ProviderId centre, UserId enrollingHp,
                              UserId enrolledBy, Instant occurredAt) implements DomainEvent {

    public PatientEnrolled {
        Require.present(patient, "patient");
        Require.present(pseudonym, "pseudonym-id");
        Require.present(centre, "centre");
        Require.present(enrollingHp, "enrolling-hp");
        Require.present(enrolledBy, "enrolled-by");
        Require.present(occurredAt, "occurred-at");
    }
}
