package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.ViewPanel;

/**
 * ServiceRequest, category consultation ({@link ServiceRequestMapping}): create opens a draft panel for the subject
 * Patient, led by the caller ({@link OpenPanel}: a health professional of the patient's centre and of the lead ERN,
 * while the patient's consents allow panels); read ({@link ViewPanel}) answers with the status the panel's lifecycle
 * has reached, for whoever may see the panel (and 404 for anyone else, as for an unknown id).
 */
@Dependent
public class ServiceRequestResourceProvider implements IResourceProvider {

    private final OpenPanel open;
    private final ViewPanel view;

    @Inject
    public ServiceRequestResourceProvider(OpenPanel open, ViewPanel view) {
        this.open = open;
        this.view = view;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest request, RequestDetails details) {
        var actor = FhirCaller.actor(details);
        var patient = FhirIds.patient(request.getSubject().getReferenceElement());
        var created = open.handle(new OpenPanel.Command(actor, patient, ServiceRequestMapping.leadErn(request, actor),
                ServiceRequestMapping.form(request)));
        var outcome = new MethodOutcome(FhirIds.of("ServiceRequest", created.id().value())).setCreated(true);
        created.panel().ifPresent(panel -> outcome.setResource(ServiceRequestMapping.toFhir(panel)));
        return outcome;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id, RequestDetails details) {
        return ServiceRequestMapping.toFhir(view.handle(new ViewPanel.Query(FhirCaller.actor(details), FhirIds.panel(id))));
    }
}
