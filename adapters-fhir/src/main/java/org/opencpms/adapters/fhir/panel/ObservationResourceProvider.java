package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddCodedEntry;
import org.opencpms.domain.coding.CodingSystem;

/**
 * Observation of a phenotype: create adds the HPO term (from {@code code}, else from {@code valueCodeableConcept}) to
 * the phenotypes of the consultation form of the panel its {@code basedOn} names (a ServiceRequest), through
 * {@link AddCodedEntry}: the lead only, until sign-off. Laboratory results (LOINC) are not taken yet. The Observation is
 * not kept as a resource of its own: the answer is the consultation it now belongs to.
 */
@Dependent
public class ObservationResourceProvider implements IResourceProvider {

    private final AddCodedEntry add;

    @Inject
    public ObservationResourceProvider(AddCodedEntry add) {
        this.add = add;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Observation observation, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var panel = CodedEntries.consultation(observation.getBasedOn().isEmpty() ? null
                : observation.getBasedOnFirstRep());
        var value = observation.getValue() instanceof CodeableConcept concept ? concept : new CodeableConcept();
        var entry = CodedEntries.firstIn(observation.getCode(), CodingSystem.HPO)
                .orElseGet(() -> CodedEntries.of(value, CodingSystem.HPO));
        var view = add.handle(new AddCodedEntry.Command(actor, panel, AddCodedEntry.Kind.PHENOTYPE, entry));
        return Consultations.added(panel, view);
    }
}
