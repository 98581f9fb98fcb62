package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.opencpms.adapters.fhir.patient.EnrolmentBundle;
import org.opencpms.adapters.fhir.patient.EnrolmentTransaction;
import org.opencpms.adapters.fhir.patient.PatientMatch;

/**
 * A transaction Bundle, all or nothing in one JTA transaction ({@link AtomicTransaction}): first each Patient with the
 * Consents naming it is enrolled ({@link EnrolmentTransaction}), then the other entries are done in the order Consent,
 * ServiceRequest, the rest (each in Bundle order; {@link BundleEntries}), every reference to the {@code fullUrl} of an
 * entry stored before it replaced by where that entry now is, and every conditional reference
 * ({@code Patient?identifier=...}) by where the one patient it matches is ({@link References}); the Observations a DiagnosticReport
 * names as its results go with the report ({@link ReportResults}). The first entry that fails rolls
 * everything back and is the answer: its status and an OperationOutcome naming it ({@link EntryFailures}). The
 * transaction-response has one entry per request entry, in their order, with its status and location.
 */
@Dependent
public class TransactionBundle {

    private final EnrolmentTransaction enrolment;
    private final BundleEntries entries;
    private final AtomicTransaction atomic;
    private final PatientMatch matches;

    @Inject
    public TransactionBundle(EnrolmentTransaction enrolment, BundleEntries entries, AtomicTransaction atomic,
                             PatientMatch matches) {
        this.enrolment = enrolment;
        this.entries = entries;
        this.atomic = atomic;
        this.matches = matches;
    }

    public Bundle transaction(Bundle bundle, RequestDetails request) {
        return atomic.run(() -> process(bundle, request));
    }

    private Bundle process(Bundle bundle, RequestDetails request) {
        var all = bundle.getEntry();
        var response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        all.forEach(entry -> response.addEntry());
        Map<String, String> stored = new HashMap<>();
        var enrolled = new HashSet<BundleEntryComponent>();
        for (var group : EnrolmentBundle.in(bundle)) {
            int index = all.indexOf(group.patientEntry());
            var answer = at(index, () -> enrolment.enrol(group, request));
            answer(response, index, answer.status(), answer.patientLocation());
            remember(stored, group.patientEntry(), answer.patientLocation());
            for (int i = 0; i < group.consentEntries().size(); i++) {
                answer(response, all.indexOf(group.consentEntries().get(i)), answer.status(),
                        answer.consentLocations().get(i));
            }
            enrolled.addAll(group.entries());
        }
        var carried = ReportResults.attach(all);
        var rest = IntStream.range(0, all.size())
                .filter(i -> !enrolled.contains(all.get(i)) && !carried.containsKey(all.get(i))).boxed()
                .sorted(Comparator.comparingInt(i -> rank(all.get(i)))).toList();
        for (int index : rest) {
            var entry = all.get(index);
            var outcome = at(index, () -> {
                if (entry.getResource() != null) {
                    References.resolve(entry.getResource(), stored, target -> matches.locate(target, request));
                }
                return entries.apply(entry, request);
            });
            var location = BundleEntries.location(outcome);
            answer(response, index, Boolean.FALSE.equals(outcome.getCreated()) ? "200 OK" : "201 Created", location);
            remember(stored, entry, location);
        }
        carried.forEach((result, report) -> {
            var answered = response.getEntry().get(all.indexOf(report)).getResponse();
            answer(response, all.indexOf(result), answered.getStatus(), answered.getLocation());
        });
        return response;
    }

    private static int rank(BundleEntryComponent entry) {
        return entry.getResource() instanceof Consent ? 0 : entry.getResource() instanceof ServiceRequest ? 1 : 2;
    }

    /** The entry's fullUrl now names where it went, if it was stored as a resource of its own type. */
    private static void remember(Map<String, String> stored, BundleEntryComponent entry, String location) {
        if (entry.hasFullUrl() && location != null && entry.getResource() != null
                && location.startsWith(entry.getResource().fhirType() + "/")) {
            stored.put(entry.getFullUrl(), location);
        }
    }

    private static void answer(Bundle response, int index, String status, String location) {
        response.getEntry().get(index).getResponse().setStatus(status).setLocation(location);
    }

    private static <T> T at(int index, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            throw EntryFailures.named(index, failure);
        }
    }
}
