package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BiFunction;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.opencpms.adapters.fhir.consent.ConsentResourceProvider;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.adapters.fhir.http.UnsupportedInteraction;
import org.opencpms.adapters.fhir.panel.ConditionResourceProvider;
import org.opencpms.adapters.fhir.panel.DiagnosticReportResourceProvider;
import org.opencpms.adapters.fhir.panel.FamilyMemberHistoryResourceProvider;
import org.opencpms.adapters.fhir.panel.ImagingStudyResourceProvider;
import org.opencpms.adapters.fhir.panel.ObservationResourceProvider;
import org.opencpms.adapters.fhir.panel.ServiceRequestResourceProvider;
import org.opencpms.adapters.fhir.patient.PatientResourceProvider;

/**
 * One entry of a batch or transaction Bundle, done by the resource provider that serves the same interaction on its
 * own (so through the same use cases, access policy and audit): {@code POST} of every type that can be created
 * (a Patient with its {@code ifNoneExist}, the only conditional create) and {@code PUT Consent/<id>} (a withdrawal).
 * Any other interaction is 405 {@code fhir.unsupported-interaction}.
 */
@Dependent
public class BundleEntries {

    private final Map<Class<? extends Resource>, BiFunction<BundleEntryComponent, RequestDetails, MethodOutcome>> creates;
    private final ConsentResourceProvider consents;

    @Inject
    public BundleEntries(PatientResourceProvider patients, ConsentResourceProvider consents,
                         ServiceRequestResourceProvider consultations, ConditionResourceProvider conditions,
                         ObservationResourceProvider observations, DiagnosticReportResourceProvider reports,
                         FamilyMemberHistoryResourceProvider families, ImagingStudyResourceProvider imaging) {
        this.consents = consents;
        this.creates = Map.of(
                Patient.class, (e, r) -> patients.create((Patient) e.getResource(), e.getRequest().getIfNoneExist(), r),
                Consent.class, (e, r) -> consents.create((Consent) e.getResource(), r),
                ServiceRequest.class, (e, r) -> consultations.create((ServiceRequest) e.getResource(), r),
                Condition.class, (e, r) -> conditions.create((Condition) e.getResource(), r),
                Observation.class, (e, r) -> observations.create((Observation) e.getResource(), r),
                DiagnosticReport.class, (e, r) -> reports.create((DiagnosticReport) e.getResource(), r),
                FamilyMemberHistory.class, (e, r) -> families.create((FamilyMemberHistory) e.getResource(), r),
                ImagingStudy.class, (e, r) -> imaging.create((ImagingStudy) e.getResource(), r));
    }

    MethodOutcome apply(BundleEntryComponent entry, RequestDetails request) {
        var method = entry.getRequest().getMethod();
        var resource = entry.getResource();
        if (method == HTTPVerb.POST && resource != null && creates.containsKey(resource.getClass())) {
            if (entry.getRequest().hasIfNoneExist() && !(resource instanceof Patient)) {
                throw unsupported("a conditional create (ifNoneExist) is supported for a Patient only");
            }
            return creates.get(resource.getClass()).apply(entry, request);
        }
        if (method == HTTPVerb.PUT && resource instanceof Consent consent) {
            return consents.update(new IdType(entry.getRequest().getUrl()), consent, request);
        }
        throw unsupported("an entry " + method + " " + entry.getRequest().getUrl() + " is not supported: POST a"
                + " Patient, Consent, ServiceRequest, Condition, Observation, DiagnosticReport, FamilyMemberHistory or"
                + " ImagingStudy, or PUT a Consent");
    }

    /** Where the answer says the entry went ({@code Type/id}: clinical data names its consultation), else null. */
    static String location(MethodOutcome outcome) {
        return outcome.getId() == null ? null : outcome.getId().toUnqualifiedVersionless().getValue();
    }

    private static MethodNotAllowedException unsupported(String message) {
        var refusal = new MethodNotAllowedException(message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.NOTSUPPORTED, UnsupportedInteraction.UNSUPPORTED, message));
        return refusal;
    }
}
