package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/** Writes audit entries for the use cases: who, what, when (the use-case clock), from where, why. */
@ApplicationScoped
public class Auditing {

    private final AuditTrail trail;
    private final CallerOrigin origin;
    private final Clock clock;

    @Inject
    public Auditing(AuditTrail trail, CallerOrigin origin, Clock clock) {
        this.trail = trail;
        this.origin = origin;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} on a resource, optionally concerning a patient. */
    public void record(Actor actor, AuditAction action, String resourceType, Object resourceId, PatientId patient, String purpose) {
        trail.record(new AuditEntry(clock.instant(), actor == null ? null : actor.id(), action, resourceType,
                String.valueOf(resourceId), patient, origin.describe(), purpose));
    }
}
