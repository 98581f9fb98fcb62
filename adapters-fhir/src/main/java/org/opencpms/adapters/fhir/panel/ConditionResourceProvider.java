package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddCodedEntry;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.coding.CodingSystem;

/**
 * Condition: create adds a coded diagnosis (ICD-10, ORPHAcode or SNOMED CT, from {@code code}) to the consultation
 * form of the panel named by the {@value CodedEntries#CONSULTATION_EXTENSION} extension (a reference to its
 * ServiceRequest), through {@link AddCodedEntry}: the lead only, until sign-off; its {@code subject} must be the
 * consultation's patient. The Condition is not kept as a
 * resource of its own: the answer is the consultation it now belongs to. Search by {@code patient}/{@code subject}
 * and/or {@code consultation} ({@link FindClinicalEntries}) reads the diagnoses of the panels the caller may see back
 * ({@link CodedEntriesOut}).
 */
@Dependent
public class ConditionResourceProvider implements IResourceProvider {

    private final AddCodedEntry add;
    private final FindClinicalEntries find;

    @Inject
    public ConditionResourceProvider(AddCodedEntry add, FindClinicalEntries find) {
        this.add = add;
        this.find = find;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam Condition condition, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var panel = CodedEntries.consultationOf(condition);
        var entry = CodedEntries.of(condition.getCode(), "Condition.code", CodingSystem.ICD_10, CodingSystem.ORPHACODE,
                CodingSystem.SNOMED_CT);
        var view = add.handle(new AddCodedEntry.Command(actor, panel, Subjects.of(condition.getSubject()),
                AddCodedEntry.Kind.DIAGNOSIS, entry));
        return Consultations.added(panel, view);
    }

    @Search
    public List<Condition> search(@OptionalParam(name = Condition.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Condition.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = "consultation") ReferenceParam consultation,
                                  RequestDetails request) {
        return CodedEntriesOut.conditions(ClinicalSearch.find(find, FhirCaller.actor(request), patient, subject,
                consultation));
    }
}
