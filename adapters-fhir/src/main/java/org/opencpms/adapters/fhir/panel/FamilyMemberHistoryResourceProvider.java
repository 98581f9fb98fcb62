package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddToClinicalSection;
import org.opencpms.domain.panel.SectionKind;

/**
 * FamilyMemberHistory: create adds the relative's history ({@link FamilyHistories}) to the medical history section of
 * the form of the consultation named by the {@value CodedEntries#CONSULTATION_EXTENSION} extension, through
 * {@link AddToClinicalSection}: the lead only, until sign-off; its {@code patient} must be the consultation's. The form
 * has no structured family history (the pedigree is a drawn document), hence the medical history. Every code in a
 * known system is checked (422 naming the element). Not kept as a resource of its own: the answer is the consultation.
 */
@Dependent
public class FamilyMemberHistoryResourceProvider implements IResourceProvider {

    private final AddToClinicalSection add;

    @Inject
    public FamilyMemberHistoryResourceProvider(AddToClinicalSection add) {
        this.add = add;
    }

    @Override
    public Class<FamilyMemberHistory> getResourceType() {
        return FamilyMemberHistory.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam FamilyMemberHistory history, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var panel = CodedEntries.consultationOf(history);
        var text = FamilyHistories.text(history);
        return Consultations.added(panel, add.handle(new AddToClinicalSection.Command(actor, panel,
                Subjects.of(history.getPatient()), SectionKind.MEDICAL_HISTORY, text)));
    }
}
