package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The patient's handlers see the patient with their identity; those who may see one of the patient's
 * panels (members, invitees, the lead ERN's coordinators, dispatchers and panel managers) see the
 * pseudonymous patient.
 */
@ApplicationScoped
@Transactional
public class ViewPatient {

    public record Query(Actor actor, PatientId patient) {
        public Query {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
        }
    }

    private final Patients patients;
    private final Panels panels;
    private final Consents consents;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ViewPatient(Patients patients, Panels panels, Consents consents, AccessPolicy policy, Auditing auditing,
                       Clock clock) {
        this.patients = patients;
        this.panels = panels;
        this.consents = consents;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}, also for a patient the actor may
     *         not see
     */
    public PatientView handle(Query query) {
        var patient = patients.get(query.patient());
        policy.requireViewPatient(query.actor(), patient, panels.ofPatient(patient.id()));
        var now = clock.instant();
        var inForce = PatientConsents.of(patient.id(), consents.ofPatient(patient.id()), now).inForce();
        var identity = policy.seesIdentity(query.actor(), patient)
                ? Optional.of(Identity.of(patient))
                : Optional.<Identity>empty();
        auditing.record(query.actor(), AuditAction.READ, "Patient", patient.id(), patient.id(),
                identity.isPresent() ? "view patient" : "view pseudonymous patient");
        return new PatientView(patient.id(), patient.pseudonym().id(), patient.nickname(),
                patient.ageInYearsAt(LocalDate.ofInstant(now, clock.getZone())), patient.sex(), patient.centre(),
                inForce, identity, patient.version());
    }
}
