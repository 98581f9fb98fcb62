package org.opencpms.adapters.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.opencpms.adapters.fhir.bundle.BatchBundle;
import org.opencpms.adapters.fhir.bundle.TransactionBundle;
import org.opencpms.adapters.fhir.document.DocumentBundleTransaction;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.InvalidElement;

/**
 * The system-level interaction ({@code POST /fhir} with a Bundle): a {@code batch} is done entry by entry
 * ({@link BatchBundle}); a {@code transaction} is all or nothing, either an IHE MHD ITI-65 document bundle (any
 * transaction holding a DocumentReference: {@link DocumentBundleTransaction}, one use case call) or any other mix of
 * enrolments, consents, consultation requests and clinical data ({@link TransactionBundle}). A Bundle of another type
 * is refused (422 {@code transaction.invalid}, at {@code Bundle.type}); a caller refused by authentication is refused
 * as a whole (401/403), not entry by entry.
 */
@Dependent
public class Transactions {

    private final TransactionBundle transactions;
    private final BatchBundle batches;
    private final DocumentBundleTransaction documents;

    @Inject
    public Transactions(TransactionBundle transactions, BatchBundle batches, DocumentBundleTransaction documents) {
        this.transactions = transactions;
        this.batches = batches;
        this.documents = documents;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
        FhirCaller.actor(request);
        if (bundle.getType() == Bundle.BundleType.BATCH) {
            return batches.batch(bundle, request);
        }
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw InvalidElement.refused("Bundle.type", "transaction.invalid",
                    "POST a Bundle of type transaction or batch, not " + bundle.getType());
        }
        return isDocumentBundle(bundle) ? documents.transaction(bundle, request) : transactions.transaction(bundle, request);
    }

    private static boolean isDocumentBundle(Bundle bundle) {
        return bundle.getEntry().stream()
                .anyMatch(e -> e.getResource() instanceof DocumentReference);
    }
}
