package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddCodedEntry;
import org.opencpms.application.panel.AddToClinicalSection;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.SectionKind;

/**
 * Observation for the consultation its {@code basedOn} names (a ServiceRequest), the lead only, until sign-off; its
 * {@code subject} must be the consultation's patient. A laboratory result ({@link LabResults}: coded in LOINC or in
 * category {@code laboratory}) becomes a line of the form's laboratory section and is kept as the result it is
 * ({@link AddToClinicalSection} with the {@link org.opencpms.domain.panel.LabResult}); anything else is a phenotype:
 * its HPO term (from {@code code}, else from {@code valueCodeableConcept}) joins the form's phenotypes
 * ({@link AddCodedEntry}). Every code in a known system is checked (422 naming the element). The answer is the
 * consultation the Observation now belongs to. Read ({@code <panel id>-p<n>}, {@code <panel id>-l<n>}) and search by
 * {@code patient}/{@code subject} and/or {@code based-on}, narrowed by {@code code} and {@code category}
 * ({@link FindClinicalEntries}, so only panels the caller may see, audited) give the phenotypes
 * ({@link CodedEntriesOut}) and the laboratory results ({@link ReceivedRecordsOut}) back.
 */
@Dependent
public class ObservationResourceProvider implements IResourceProvider {

    private final AddCodedEntry add;
    private final AddToClinicalSection addText;
    private final FindClinicalEntries find;

    @Inject
    public ObservationResourceProvider(AddCodedEntry add, AddToClinicalSection addText, FindClinicalEntries find) {
        this.add = add;
        this.addText = addText;
        this.find = find;
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
        if (LabResults.isLaboratory(observation)) {
            var line = LabResults.line(observation, "Observation");
            return Consultations.added(panel, addText.handle(new AddToClinicalSection.Command(actor, panel,
                    Subjects.of(observation.getSubject()), SectionKind.LABORATORY, line,
                    List.of(LabResults.result(observation, "Observation")))));
        }
        var value = observation.getValue() instanceof CodeableConcept concept ? concept : new CodeableConcept();
        var entry = CodedEntries.firstIn(observation.getCode(), "Observation.code", CodingSystem.HPO)
                .orElseGet(() -> CodedEntries.of(value, "Observation.valueCodeableConcept", CodingSystem.HPO));
        var view = add.handle(new AddCodedEntry.Command(actor, panel, Subjects.of(observation.getSubject()),
                AddCodedEntry.Kind.PHENOTYPE, entry));
        return Consultations.added(panel, view);
    }

    @Read
    public Observation read(@IdParam IdType id, RequestDetails request) {
        var panel = ClinicalIds.panel(id);
        return ClinicalIds.named(id, observations(ClinicalSearch.inPanel(find, FhirCaller.actor(request), panel)));
    }

    @Search
    public List<Observation> search(@OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                    @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
                                    @OptionalParam(name = Observation.SP_BASED_ON) ReferenceParam consultation,
                                    @OptionalParam(name = Observation.SP_CODE) TokenParam code,
                                    @OptionalParam(name = Observation.SP_CATEGORY) TokenParam category,
                                    RequestDetails request) {
        return observations(ClinicalSearch.find(find, FhirCaller.actor(request), patient, subject, consultation))
                .stream().filter(o -> Tokens.matches(code, o.getCode()))
                .filter(o -> category == null || o.getCategory().stream().anyMatch(c -> Tokens.matches(category, c)))
                .toList();
    }

    private static List<Observation> observations(List<FindClinicalEntries.PanelEntries> found) {
        var observations = new ArrayList<>(CodedEntriesOut.phenotypes(found));
        observations.addAll(ReceivedRecordsOut.labResults(found));
        return observations;
    }
}
