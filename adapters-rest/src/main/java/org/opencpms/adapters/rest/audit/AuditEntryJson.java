package org.opencpms.adapters.rest.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;

/**
 * One audited event: when, who ({@code actor}, a user id; absent for the system itself; {@code actorName}, their display name), what ({@code action} on
 * {@code resourceType}/{@code resourceId}), from where ({@code origin}), why ({@code purpose}) and, when it concerns a
 * patient, the patient's id ({@code patient}; ids only, never identifying data).
 */
public record AuditEntryJson(Instant at, String actor,
                             @Schema(description = "The actor's display name, absent when the user is not known")
                             String actorName, @Schema(implementation = AuditAction.class) String action,
                             String resourceType, String resourceId, String patient, String origin, String purpose) {

    /** The entry without its actor's name (a patient's own trail, exported for a clinician). */
    public static AuditEntryJson of(AuditEntry entry) {
        return of(entry, null);
    }

    /** The entry with its actor's display name ({@code null}: none known). */
    public static AuditEntryJson of(AuditEntry entry, String actorName) {
        return new AuditEntryJson(entry.at(), entry.byUser().map(u -> u.value().toString()).orElse(null), actorName,
                entry.action().name(), entry.resourceType(), entry.resourceId(),
                entry.concerningPatient().map(p -> p.value().toString()).orElse(null), entry.origin(),
                entry.purpose());
    }
}
