package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.adapters.fhir.patient.PatientMatch;

/**
 * A batch Bundle, entry by entry ({@link BundleEntries}), each in its own transactions: the batch-response has one
 * entry per request entry, in their order, with its status and location, or the status and OperationOutcome of its
 * refusal (naming the entry, {@link EntryFailures}); one failing entry changes nothing for the others. Entries of a
 * batch are independent: a reference to another entry's {@code fullUrl} is refused, a conditional reference
 * ({@code Patient?identifier=...}) is resolved ({@link References}).
 */
@Dependent
public class BatchBundle {

    private static final System.Logger LOG = System.getLogger(BatchBundle.class.getName());

    private final BundleEntries entries;
    private final PatientMatch matches;

    @Inject
    public BatchBundle(BundleEntries entries, PatientMatch matches) {
        this.entries = entries;
        this.matches = matches;
    }

    public Bundle batch(Bundle bundle, RequestDetails request) {
        var response = new Bundle().setType(Bundle.BundleType.BATCHRESPONSE);
        for (int index = 0; index < bundle.getEntry().size(); index++) {
            var entry = bundle.getEntry().get(index);
            var answer = response.addEntry().getResponse();
            try {
                if (entry.getResource() != null) {
                    References.resolve(entry.getResource(), Map.of(), target -> matches.locate(target, request));
                }
                var outcome = entries.apply(entry, request);
                answer.setStatus(Boolean.FALSE.equals(outcome.getCreated()) ? "200 OK" : "201 Created")
                        .setLocation(BundleEntries.location(outcome));
            } catch (RuntimeException failure) {
                var refusal = refusal(index, failure);
                answer.setStatus(refusal.getStatusCode() + " " + Constants.HTTP_STATUS_NAMES.get(refusal.getStatusCode()))
                        .setOutcome((OperationOutcome) refusal.getOperationOutcome());
            }
        }
        return response;
    }

    /** The entry's refusal; an unexpected failure is a 500 that says nothing of its cause (which is logged). */
    private static BaseServerResponseException refusal(int index, RuntimeException failure) {
        if (EntryFailures.named(index, failure) instanceof BaseServerResponseException refusal) {
            return refusal;
        }
        LOG.log(System.Logger.Level.ERROR, "batch entry " + index + " failed unexpectedly", failure);
        var unexpected = new InternalErrorException("Unexpected error; see the server log.");
        unexpected.setOperationOutcome(Outcomes.error(IssueType.EXCEPTION, "server.error",
                "Bundle.entry[" + index + "]: unexpected error; see the server log."));
        return unexpected;
    }
}
