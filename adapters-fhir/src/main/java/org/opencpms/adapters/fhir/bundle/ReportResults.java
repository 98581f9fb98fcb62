package org.opencpms.adapters.fhir.bundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;

/**
 * The result Observations of a DiagnosticReport sent beside it in a transaction Bundle: an Observation entry
 * ({@code POST}) whose {@code fullUrl} a report entry's {@code result} names is not done on its own but becomes a
 * result contained in the report ({@code #result-<n>}), so that it is fed once, as the report's result: a line of the
 * report's paragraph and the laboratory result it is. Such an entry answers as its report does. (HAPI's parser has
 * already made each such reference hold the entry's resource; this makes it a reference the Bundle may hold.)
 */
final class ReportResults {

    private ReportResults() {
    }

    /**
     * Hands each result entry to the report that names it.
     *
     * @return each Observation entry handed over, and the report entry that carries it
     */
    static Map<BundleEntryComponent, BundleEntryComponent> attach(List<BundleEntryComponent> entries) {
        var observations = new HashMap<String, BundleEntryComponent>();
        for (var entry : entries) {
            if (entry.getResource() instanceof Observation && entry.hasFullUrl()
                    && entry.getRequest().getMethod() == HTTPVerb.POST && !entry.getRequest().hasIfNoneExist()) {
                observations.put(entry.getFullUrl(), entry);
            }
        }
        var carried = new HashMap<BundleEntryComponent, BundleEntryComponent>();
        for (var entry : entries) {
            if (entry.getResource() instanceof DiagnosticReport report) {
                for (int i = 0; i < report.getResult().size(); i++) {
                    var result = report.getResult().get(i);
                    var observation = observations.get(result.getReference());
                    if (observation != null) {
                        var contained = observation.getResource().copy();
                        contained.setId("result-" + i);
                        report.addContained(contained);
                        result.setReference("#result-" + i).setResource(contained);
                        carried.put(observation, entry);
                    }
                }
            }
        }
        return carried;
    }
}
