package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Someone who may list a centre's patients looks one up by the centre's own hospital identifier, e.g. to make a
 * repeated enrolment of the same patient idempotent. Found only if the actor sees that patient's identity (the
 * handlers; in centre mode every HP of the centre): for anyone else it is as if there were none, so that identifiers
 * cannot be probed (an enrolment with the identifier is then refused as a duplicate, as on any other way in). A hit
 * is audited as a {@code SEARCH}.
 */
@ApplicationScoped
@Transactional
public class FindEnrolledPatient {

    public record Query(Actor actor, ProviderId centre, HospitalIdentifier identifier) {
        public Query {
            Require.present(actor, "actor");
            Require.present(centre, "centre");
            Require.present(identifier, "hospital-identifier");
        }
    }

    private final Patients patients;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public FindEnrolledPatient(Patients patients, AccessPolicy policy, Auditing auditing) {
        this.patients = patients;
        this.policy = policy;
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.patient-list-forbidden} */
    public Optional<PatientId> handle(Query query) {
        policy.requireListPatientsAt(query.actor(), query.centre());
        var found = patients.findByHospitalIdentifier(query.centre(), query.identifier())
                .filter(patient -> policy.seesIdentity(query.actor(), patient));
        found.ifPresent(patient -> auditing.record(query.actor(), AuditAction.SEARCH, "Patient", patient.id(),
                patient.id(), "find by hospital identifier"));
        return found.map(patient -> patient.id());
    }
}
