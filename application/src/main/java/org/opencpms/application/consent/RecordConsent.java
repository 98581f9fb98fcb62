package org.opencpms.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** The enrolling health professional (or their centre assistant) records a consent the patient gave. */
@ApplicationScoped
@Transactional
public class RecordConsent {

    public record Command(Actor actor, PatientId patient, GivenConsent consent) {
        public Command {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
            Require.present(consent, "given-consent");
        }
    }

    private final Patients patients;
    private final Consents consents;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RecordConsent(Patients patients, Consents consents, DomainEvents events, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}
     * @throws org.opencpms.domain.consent.ConsentForbidden {@code consent.forbidden}
     */
    public ConsentId handle(Command cmd) {
        var patient = patients.get(cmd.patient());
        var now = clock.instant();
        var consent = Consent.record(ConsentId.timeOrdered(now), patient, cmd.consent(), cmd.actor(), now);
        consents.save(consent);
        events.publish(consent.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "Consent", consent.id(), patient.id(),
                "consent recorded: " + consent.kind());
        return consent.id();
    }
}
