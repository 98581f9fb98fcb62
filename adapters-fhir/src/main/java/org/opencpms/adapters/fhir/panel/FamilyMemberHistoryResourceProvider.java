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
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.panel.AddToClinicalSection;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.panel.SectionKind;

/**
 * FamilyMemberHistory: its home is the consultation's family history, the relatives the pedigree is drawn from (as
 * PhenoTips keeps family history in the pedigree). Create adds the relative ({@link FamilyHistories#relative}) to the
 * form of the consultation named by the {@value CodedEntries#CONSULTATION_EXTENSION} extension, and their readable
 * line to its medical history section, through {@link AddToClinicalSection}: the lead only, until sign-off; its
 * {@code patient} must be the consultation's. Every code in a known system is checked (422 naming the element). The
 * answer is the consultation. Read ({@code <panel id>-f<n>}) and search by {@code patient} and/or {@code consultation}
 * ({@link FindClinicalEntries}: only panels the caller may see, audited) give the relatives back
 * ({@link ReceivedRecordsOut}), about the patient as the caller may see them.
 */
@Dependent
public class FamilyMemberHistoryResourceProvider implements IResourceProvider {

    private final AddToClinicalSection add;
    private final FindClinicalEntries find;

    @Inject
    public FamilyMemberHistoryResourceProvider(AddToClinicalSection add, FindClinicalEntries find) {
        this.add = add;
        this.find = find;
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
                Subjects.of(history.getPatient()), SectionKind.MEDICAL_HISTORY, text,
                List.of(FamilyHistories.relative(history)))));
    }

    @Read
    public FamilyMemberHistory read(@IdParam IdType id, RequestDetails request) {
        var panel = ClinicalIds.panel(id);
        return ClinicalIds.named(id, ReceivedRecordsOut.relatives(ClinicalSearch.inPanel(find, FhirCaller.actor(request),
                panel)));
    }

    @Search
    public List<FamilyMemberHistory> search(@OptionalParam(name = FamilyMemberHistory.SP_PATIENT) ReferenceParam patient,
                                            @OptionalParam(name = "consultation") ReferenceParam consultation,
                                            RequestDetails request) {
        return ReceivedRecordsOut.relatives(ClinicalSearch.find(find, FhirCaller.actor(request), patient, null,
                consultation));
    }
}
