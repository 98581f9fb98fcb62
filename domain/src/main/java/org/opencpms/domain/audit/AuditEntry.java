package org.opencpms.domain.audit;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * One audited event: who ({@code actor}, absent for the system itself), what ({@code action} on
 * {@code resourceType}/{@code resourceId}), when ({@code at}), from where ({@code origin}, e.g. a
 * client address or "fhir"), why ({@code purpose}) and, when it concerns a patient, which one.
 */
public record AuditEntry(Instant at, UserId actor, AuditAction action, String resourceType, String resourceId,
                         PatientId patient, String origin, String purpose) {

    public AuditEntry {
        Require.present(at, "audit-at");
        Require.present(action, "audit-action");
        resourceType = Require.text(resourceType, "audit-resource-type", 64);
        resourceId = Require.text(resourceId, "audit-resource-id", 128);
        origin = origin == null || origin.isBlank() ? "unknown" : origin.strip();
        purpose = purpose == null ? "" : purpose.strip();
    }

    public Optional<UserId> byUser() {
        return Optional.ofNullable(actor);
    }

    public Optional<PatientId> concerningPatient() {
        return Optional.ofNullable(patient);
    }
}
