package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Those who handle a patient list the patient's instances in quarantine (burned-in text possible), to judge them and
 * release them ({@link ReleaseQuarantinedInstance}). Invariant: nobody else learns they exist
 * ({@code patient.not-found}); every listing is audited with the patient.
 */
@ApplicationScoped
@Transactional
public class ListQuarantinedInstances {

    public record Query(Actor actor, PatientId patient) {
        public Query {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
        }
    }

    private final Patients patients;
    private final ImagingInstances instances;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ListQuarantinedInstances(Patients patients, ImagingInstances instances, AccessPolicy policy, Auditing auditing) {
        this.patients = patients;
        this.instances = instances;
        this.policy = policy;
        this.auditing = auditing;
    }

    /** @throws PatientNotFound {@code patient.not-found}, also for a patient the actor does not handle */
    public List<QuarantinedInstance> handle(Query query) {
        var patient = patients.get(query.patient());
        if (!policy.mayReleaseFromQuarantine(query.actor(), patient)) {
            throw new PatientNotFound(patient.id());
        }
        auditing.record(query.actor(), AuditAction.READ, "ImagingInstance", patient.id(), patient.id(),
                "list quarantined instances");
        return instances.quarantinedOf(patient.id()).stream().map(QuarantinedInstance::of).toList();
    }
}
