package org.opencpms.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The enrolling health professional (or their centre assistant) records that the patient withdrew a
 * consent, and why; it stops being in force at once (no new panel, no further research export).
 */
@ApplicationScoped
@Transactional
public class WithdrawConsent {

    /**
     * @param withdrawnOn     the day the patient withdrew it, or null for today
     * @param reason          why, required
     * @param expectedVersion the consent's version the caller read, or null for no check
     */
    public record Command(Actor actor, ConsentId consent, Long expectedVersion, LocalDate withdrawnOn, String reason) {
        public Command {
            Require.present(actor, "actor");
            Require.present(consent, "consent");
            Require.present(reason, "withdrawal-reason");
        }
    }

    private final Consents consents;
    private final Patients patients;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public WithdrawConsent(Consents consents, Patients patients, DomainEvents events, Auditing auditing, Clock clock) {
        this.consents = consents;
        this.patients = patients;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.consent.ConsentNotFound {@code consent.not-found}
     * @throws ConcurrentUpdate {@code consent.concurrent-update} if it changed since {@code expectedVersion}
     * @throws org.opencpms.domain.consent.ConsentForbidden {@code consent.forbidden}
     * @throws org.opencpms.domain.consent.ConsentAlreadyWithdrawn {@code consent.already-withdrawn}
     * @throws org.opencpms.domain.consent.InvalidConsent {@code consent.withdrawn-before-given}
     */
    public void handle(Command cmd) {
        var consent = consents.get(cmd.consent());
        ConcurrentUpdate.check("consent", consent.id(), cmd.expectedVersion(), consent.version());
        var patient = patients.get(consent.patient());
        var now = clock.instant();
        var withdrawnOn = cmd.withdrawnOn() == null ? LocalDate.ofInstant(now, clock.getZone()) : cmd.withdrawnOn();
        consent.withdraw(patient, withdrawnOn, cmd.reason(), cmd.actor(), now);
        consents.save(consent);
        events.publish(consent.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "Consent", consent.id(), patient.id(),
                "consent withdrawn: " + consent.kind());
    }
}
