package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * An auditor (network-wide, or of an ERN that leads one of the patient's panels), or a handler of the patient
 * answering the patient's request (GDPR Art. 15 right of access), exports every audit entry concerning the patient, oldest first. The export is itself
 * audited, after the entries are read.
 */
@ApplicationScoped
@Transactional
public class ExportPatientAuditTrail {

    public record Query(Actor actor, PatientId patient) {
        public Query {
            Require.present(actor, "actor");
            Require.present(patient, "patient");
        }
    }

    private final Patients patients;
    private final Panels panels;
    private final AuditTrail trail;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ExportPatientAuditTrail(Patients patients, Panels panels, AuditTrail trail, AccessPolicy policy,
                                   Auditing auditing) {
        this.patients = patients;
        this.panels = panels;
        this.trail = trail;
        this.policy = policy;
        this.auditing = auditing;
    }

    /**
     * @throws org.opencpms.domain.patient.PatientNotFound {@code patient.not-found}
     * @throws org.opencpms.domain.access.AccessForbidden {@code access.audit-forbidden}
     */
    public List<AuditEntry> handle(Query query) {
        var patient = patients.get(query.patient());
        policy.requireExportPatientAudit(query.actor(), patient, panels.ofPatient(patient.id()));
        var entries = trail.concerning(patient.id());
        auditing.record(query.actor(), AuditAction.EXPORT, "AuditTrail", patient.id(), patient.id(),
                "GDPR Art. 15 export");
        return entries;
    }
}
