package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
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

    /**
     * Records that {@code actor} did {@code action} on each of several resources (e.g. the items of a list page),
     * one entry per resource, in their order, all at one instant and appended together.
     */
    public void recordEach(Actor actor, AuditAction action, String resourceType, List<Subject> subjects, String purpose) {
        if (subjects.isEmpty()) {
            return;
        }
        var at = clock.instant();
        var actorId = actor == null ? null : actor.id();
        var from = origin.describe();
        trail.recordAll(subjects.stream().map(s -> new AuditEntry(at, actorId, action, resourceType,
                String.valueOf(s.resourceId()), s.patient(), from, purpose)).toList());
    }

    /** A resource an action concerned, and the patient it concerns (or null). */
    public record Subject(Object resourceId, PatientId patient) {
    }
}
