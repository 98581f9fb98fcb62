package org.opencpms.adapters.fhir.document;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.opencpms.adapters.fhir.bundle.ConditionalReferences;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.patient.PatientMatch;
import org.opencpms.application.panel.ProvideDocument;

/**
 * IHE MHD ITI-65 Provide Document Bundle ({@link DocumentBundle}), its subject possibly a conditional reference
 * ({@code Patient?identifier=...}, {@link ConditionalReferences}): the documents are attached to the consultation's
 * form in one {@link ProvideDocument}, all or none (the lead only, until sign-off). The transaction-response answers
 * each DocumentReference and Binary {@code 201 Created} at the location it can be read from ({@link DocumentIds}),
 * and the List (SubmissionSet) {@code 200 OK}: it is taken as the envelope, not kept.
 */
@Dependent
public class DocumentBundleTransaction {

    private final ProvideDocument provide;
    private final PatientMatch matches;

    @Inject
    public DocumentBundleTransaction(ProvideDocument provide, PatientMatch matches) {
        this.provide = provide;
        this.matches = matches;
    }

    public Bundle transaction(Bundle bundle, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        ConditionalReferences.resolve(bundle, target -> matches.locate(target, request));
        var documents = DocumentBundle.of(bundle);
        var provided = provide.handle(new ProvideDocument.Command(actor, documents.consultation(), documents.subject(),
                documents.documents()));
        var response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (var entry : bundle.getEntry()) {
            var answer = response.addEntry().getResponse();
            int index = documents.referenceEntries().indexOf(entry);
            if (entry.getResource() instanceof DocumentReference) {
                var id = DocumentIds.of(documents.consultation(), provided.documents().get(index).reference());
                answer.setStatus("201 Created").setLocation("DocumentReference/" + id);
            } else if (entry.getResource() instanceof Binary) {
                answer.setStatus("201 Created").setLocation(binaryLocation(entry, documents, provided));
            } else {
                answer.setStatus("200 OK");
            }
        }
        return response;
    }

    /** Where the Binary's bytes are read: those of the (first) DocumentReference whose attachment names it. */
    private static String binaryLocation(Bundle.BundleEntryComponent binary, DocumentBundle documents,
                                         ProvideDocument.Provided provided) {
        var index = DocumentBundle.referring(binary, documents.referenceEntries());
        return "Binary/" + DocumentIds.of(documents.consultation(), provided.documents().get(index).reference());
    }
}
