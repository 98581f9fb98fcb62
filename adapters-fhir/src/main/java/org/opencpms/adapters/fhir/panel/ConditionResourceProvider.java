package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddCodedEntry;
import org.opencpms.domain.coding.CodingSystem;

/**
 * Condition: create adds a coded diagnosis (ICD-10, ORPHAcode or SNOMED CT, from {@code code}) to the consultation
 * form of the panel named by the {@value CodedEntries#CONSULTATION_EXTENSION} extension (a reference to its
 * ServiceRequest), through {@link AddCodedEntry}: the lead only, until sign-off. The Condition is not kept as a
 * resource of its own: the answer is the consultation it now belongs to.
 */
@Dependent
public class ConditionResourceProvider implements IResourceProvider {

    private final AddCodedEntry add;

    @Inject
    public ConditionResourceProvider(AddCodedEntry add) {
        this.add = add;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Condition condition, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var extension = condition.getExtensionByUrl(CodedEntries.CONSULTATION_EXTENSION);
        var panel = CodedEntries.consultation(extension != null && extension.getValue() instanceof Reference r ? r : null);
        var entry = CodedEntries.of(condition.getCode(), CodingSystem.ICD_10, CodingSystem.ORPHACODE,
                CodingSystem.SNOMED_CT);
        var view = add.handle(new AddCodedEntry.Command(actor, panel, AddCodedEntry.Kind.DIAGNOSIS, entry));
        return Consultations.added(panel, view);
    }
}
