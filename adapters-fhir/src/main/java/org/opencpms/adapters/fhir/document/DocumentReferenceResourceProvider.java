package org.opencpms.adapters.fhir.document;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.DocumentReference;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.panel.ClinicalSearch;
import org.opencpms.application.panel.FindClinicalEntries;

/**
 * IHE MHD ITI-67 Find Document References: search by {@code patient} (a Patient id), optionally {@code status}, for
 * the documents attached to the panels of that patient the caller may see ({@link FindClinicalEntries}), each as a
 * DocumentReference ({@link DocumentReferenceMapping}). Every document is {@code current}: a search for any other
 * status finds none.
 */
@Dependent
public class DocumentReferenceResourceProvider implements IResourceProvider {

    private final FindClinicalEntries find;

    @Inject
    public DocumentReferenceResourceProvider(FindClinicalEntries find) {
        this.find = find;
    }

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Search
    public List<DocumentReference> search(@RequiredParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
                                          @OptionalParam(name = DocumentReference.SP_STATUS) TokenOrListParam status,
                                          RequestDetails request) {
        var actor = FhirCaller.actor(request);
        if (status != null && status.getValuesAsQueryTokens().stream().noneMatch(t -> "current".equals(t.getValue()))) {
            return List.of();
        }
        return DocumentReferenceMapping.of(ClinicalSearch.find(find, actor, patient, null, null));
    }
}
