package org.opencpms.domain.audit;

import java.time.Instant;
import java.util.Set;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * Which audit entries an auditor looks for: those concerning one {@code patient}, recorded from {@code from} up to
 * {@code until} (both inclusive), done by one {@code actor}, with one of {@code actions}, on one resource
 * ({@code resourceType}, e.g. {@code Panel}, and {@code resourceId}, each exact). A null criterion (an empty set of
 * actions, a blank text) matches every entry. Invariant: {@code from} is not after {@code until}.
 */
public record AuditCriteria(PatientId patient, Instant from, Instant until, UserId actor, Set<AuditAction> actions,
                            String resourceType, String resourceId) {

    /** Every entry. */
    public static final AuditCriteria ANY = new AuditCriteria(null, null, null, null, Set.of());

    /** Entries on any resource. */
    public AuditCriteria(PatientId patient, Instant from, Instant until, UserId actor, Set<AuditAction> actions) {
        this(patient, from, until, actor, actions, null, null);
    }

    public AuditCriteria {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        resourceType = resourceType == null || resourceType.isBlank() ? null : resourceType.strip();
        resourceId = resourceId == null || resourceId.isBlank() ? null : resourceId.strip();
        if (from != null && until != null && from.isAfter(until)) {
            throw new InvalidValue("audit-period", "the period ends (" + until + ") before it begins (" + from + ")");
        }
    }

    public boolean matches(AuditEntry entry) {
        return (patient == null || patient.equals(entry.patient()))
                && (from == null || !entry.at().isBefore(from))
                && (until == null || !entry.at().isAfter(until))
                && (actor == null || actor.equals(entry.actor()))
                && (actions.isEmpty() || actions.contains(entry.action()))
                && (resourceType == null || resourceType.equals(entry.resourceType()))
                && (resourceId == null || resourceId.equals(entry.resourceId()));
    }
}
