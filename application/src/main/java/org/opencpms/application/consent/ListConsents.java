package org.opencpms.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Those who see a patient's identity (the enrolling health professional and their assistant; in
 * centre mode the centre's staff) list all the patient's consents, withdrawn ones included, in the
 * order recorded.
 */
@ApplicationScoped
@Transactional
public class ListConsents {

    public record Query(Actor actor, PatientId patient) {
        public Query {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
        }
    }

    private final Patients patients;
    private final Consents consents;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ListConsents(Patients patients, Consents consents, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}
     * @throws org.opencpms.domain.access.AccessForbidden {@code consent.list-forbidden} unless the actor sees the
     *         patient's identity
     */
    public List<ConsentView> handle(Query query) {
        var patient = patients.get(query.patient());
        policy.requireListConsents(query.actor(), patient);
        var now = clock.instant();
        var views = consents.ofPatient(patient.id()).stream().map(c -> ConsentView.of(c, now)).toList();
        auditing.record(query.actor(), AuditAction.SEARCH, "Consent", patient.id(), patient.id(), "list consents");
        return views;
    }
}
