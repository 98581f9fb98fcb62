package org.opencpms.adapters.fhir.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ReportResultsTest {

    private static final String PATIENT = "urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d";
    private static final String CREATININE = "urn:uuid:1b2c3d4e-0f7e-4b1a-9a33-3c0b8a1b2c3d";
    private static final String PHENOTYPE = "urn:uuid:2c3d4e5f-0f7e-4b1a-9a33-3c0b8a1b2c3d";

    /** As a hospital system sends it: a report naming its result entry by fullUrl, and an Observation of its own. */
    private static Bundle bundle() {
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "%s", "resource": {"resourceType": "Observation", "status": "final",
                     "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0"}]},
                     "subject": {"reference": "%s"}, "valueQuantity": {"value": 1.4, "unit": "mg/dL"}},
                   "request": {"method": "POST", "url": "Observation"}},
                  {"fullUrl": "%s", "resource": {"resourceType": "Observation", "status": "final",
                     "code": {"coding": [{"system": "http://purl.obolibrary.org/obo/hp.owl", "code": "HP:0000112"}]}},
                   "request": {"method": "POST", "url": "Observation"}},
                  {"resource": {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "Renal panel"},
                     "result": [{"reference": "%s"}]},
                   "request": {"method": "POST", "url": "DiagnosticReport"}}]}
                """.formatted(CREATININE, PATIENT, PHENOTYPE, CREATININE));
    }

    @Test
    void an_observation_a_report_names_as_its_result_goes_with_the_report_as_a_contained_result() {
        var bundle = bundle();
        var report = (DiagnosticReport) bundle.getEntry().get(2).getResource();

        var carried = ReportResults.attach(bundle.getEntry());

        assertThat(carried).containsExactly(Map.entry(bundle.getEntry().get(0), bundle.getEntry().get(2)));
        assertThat(report.getResultFirstRep().getReference()).isEqualTo("#result-0");
        assertThat(report.getContained()).singleElement().isInstanceOfSatisfying(Observation.class,
                result -> assertThat(result.getCode().getCodingFirstRep().getCode()).isEqualTo("2160-0"));
        assertThat(report.getResultFirstRep().getResource()).isSameAs(report.getContained().get(0));
    }

    @Test
    void the_carried_results_references_resolve_like_the_reports_own() {
        var bundle = bundle();
        var report = (DiagnosticReport) bundle.getEntry().get(2).getResource();
        ReportResults.attach(bundle.getEntry());

        References.resolve(report, Map.of(PATIENT, "Patient/p1"), target -> target);

        assertThat(((Observation) report.getContained().get(0)).getSubject().getReference()).isEqualTo("Patient/p1");
    }
}
