package org.opencpms.adapters.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.opencpms.adapters.fhir.audit.AuditEventResourceProvider;
import org.opencpms.adapters.fhir.bundle.BundleCapabilities;
import org.opencpms.adapters.fhir.consent.ConsentResourceProvider;
import org.opencpms.adapters.fhir.document.BinaryResourceProvider;
import org.opencpms.adapters.fhir.document.DocumentReferenceResourceProvider;
import org.opencpms.adapters.fhir.http.DomainFailures;
import org.opencpms.adapters.fhir.http.FhirAuthentication;
import org.opencpms.adapters.fhir.outcome.CompositionResourceProvider;
import org.opencpms.adapters.fhir.panel.ConditionResourceProvider;
import org.opencpms.adapters.fhir.panel.DiagnosticReportResourceProvider;
import org.opencpms.adapters.fhir.panel.FamilyMemberHistoryResourceProvider;
import org.opencpms.adapters.fhir.panel.ImagingStudyResourceProvider;
import org.opencpms.adapters.fhir.panel.ObservationResourceProvider;
import org.opencpms.adapters.fhir.panel.ServiceRequestResourceProvider;
import org.opencpms.adapters.fhir.patient.PatientResourceProvider;

/**
 * What the {@link FhirServer} serves, built by CDI with the use cases injected: the resource providers, the system
 * level transaction and batch, and the interceptors (authentication, failures, what the CapabilityStatement adds:
 * the batch and the IHE profiles).
 * Dependent beans, so HAPI gets the plain objects (not CDI proxies) whose annotations it reads. This list is the
 * server's whole surface, and the CapabilityStatement HAPI derives from it lists exactly that.
 */
@Dependent
public class FhirEdge {

    private final List<Object> resourceProviders;
    private final List<Object> systemProviders;
    private final List<Object> interceptors;

    @Inject
    public FhirEdge(PatientResourceProvider patients, ConsentResourceProvider consents,
                    ServiceRequestResourceProvider consultations, ConditionResourceProvider conditions,
                    ObservationResourceProvider observations, DiagnosticReportResourceProvider reports,
                    FamilyMemberHistoryResourceProvider families, DocumentReferenceResourceProvider documents,
                    BinaryResourceProvider binaries, Transactions transactions,
                    ImagingStudyResourceProvider imaging, AuditEventResourceProvider audit,
                    CompositionResourceProvider outcomes, FhirAuthentication authentication, DomainFailures failures,
                    BundleCapabilities capabilities, IheProfiles profiles) {
        this.resourceProviders = List.of(patients, consents, consultations, conditions, observations, reports,
                families, documents, binaries, imaging, audit, outcomes);
        this.systemProviders = List.of(transactions);
        this.interceptors = List.of(authentication, failures, capabilities, profiles);
    }

    List<Object> resourceProviders() {
        return resourceProviders;
    }

    List<Object> systemProviders() {
        return systemProviders;
    }

    List<Object> interceptors() {
        return interceptors;
    }
}
