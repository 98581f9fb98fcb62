package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** The enrolling health professional (or their centre assistant) corrects a patient's identifying data. */
@ApplicationScoped
@Transactional
public class CorrectIdentifyingData {

    /** @param expectedVersion the patient's version the caller read, or null for no check */
    public record Command(Actor actor, PatientId patient, Long expectedVersion, IdentifyingData corrected) {
        public Command {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
            Require.present(corrected, "identifying-data");
        }
    }

    private final Patients patients;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public CorrectIdentifyingData(Patients patients, DomainEvents events, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}
     * @throws ConcurrentUpdate {@code patient.concurrent-update} if the patient changed since {@code expectedVersion}
     * @throws org.opencpms.domain.patient.PatientForbidden {@code patient.edit-forbidden}
     * @throws org.opencpms.domain.patient.BornAfterEnrolment {@code patient.born-after-enrolment}
     * @throws DuplicateHospitalIdentifier {@code patient.duplicate-hospital-identifier} if another patient of the
     *         centre has the corrected hospital identifier
     * @return the patient's version after the correction (each save of a patient increments it by one)
     */
    public long handle(Command cmd) {
        var patient = patients.get(cmd.patient());
        ConcurrentUpdate.check("patient", patient.id(), cmd.expectedVersion(), patient.version());
        patient.correctIdentifyingData(cmd.corrected(), cmd.actor(), clock.instant());
        if (patients.findByHospitalIdentifier(patient.centre(), cmd.corrected().hospitalIdentifier())
                .filter(other -> !other.id().equals(patient.id())).isPresent()) {
            throw new DuplicateHospitalIdentifier(patient.centre());
        }
        patients.save(patient);
        events.publish(patient.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "Patient", patient.id(), patient.id(),
                "identifying data corrected");
        return patient.version() + 1;
    }
}
