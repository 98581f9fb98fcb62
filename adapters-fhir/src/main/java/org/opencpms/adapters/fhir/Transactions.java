package org.opencpms.adapters.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.opencpms.adapters.fhir.document.DocumentBundleTransaction;
import org.opencpms.adapters.fhir.patient.EnrolmentTransaction;

/**
 * The system-level transaction ({@code POST /fhir} with a transaction Bundle) serves the two kinds of Bundle a
 * hospital system sends: a document bundle (IHE MHD ITI-65, any Bundle holding a DocumentReference:
 * {@link DocumentBundleTransaction}) and otherwise an enrolment with consent ({@link EnrolmentTransaction}). Each is
 * one use case call, all or nothing.
 */
@Dependent
public class Transactions {

    private final EnrolmentTransaction enrolment;
    private final DocumentBundleTransaction documents;

    @Inject
    public Transactions(EnrolmentTransaction enrolment, DocumentBundleTransaction documents) {
        this.enrolment = enrolment;
        this.documents = documents;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
        return isDocumentBundle(bundle) ? documents.transaction(bundle, request) : enrolment.transaction(bundle, request);
    }

    private static boolean isDocumentBundle(Bundle bundle) {
        return bundle.getEntry().stream()
                .anyMatch(e -> e.getResource() instanceof DocumentReference);
    }
}
