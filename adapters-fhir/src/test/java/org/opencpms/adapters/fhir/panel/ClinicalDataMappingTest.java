package org.opencpms.adapters.fhir.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.panel.SectionKind;

class ClinicalDataMappingTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(Class<T> type, String json) {
        return FHIR.newJsonParser().parseResource(type, json);
    }

    private static final String HAEMOGLOBIN = """
            {"resourceType": "Observation", "id": "hb", "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                       "code": "laboratory"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "%s", "display": "Hemoglobin [Mass/volume] in Blood"}]},
             "effectiveDateTime": "2026-12-01",
             "valueQuantity": {"value": 10.2, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"},
             "referenceRange": [{"low": {"value": 12, "unit": "g/dL"}, "high": {"value": 16, "unit": "g/dL"}}],
             "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                                             "code": "L", "display": "Low"}]}]}""";

    @Test
    void a_loinc_coded_result_reads_as_one_laboratory_line() {
        var observation = parse(Observation.class, HAEMOGLOBIN.formatted("718-7"));

        assertThat(LabResults.isLaboratory(observation)).isTrue();
        assertThat(LabResults.line(observation, "Observation")).isEqualTo("Hemoglobin [Mass/volume] in Blood (LOINC 718-7): "
                + "10.2 g/dL (reference 12 g/dL-16 g/dL; interpretation Low (L)), 2026-12-01".replace("Low (L)", "Low"));
    }

    @Test
    void a_loinc_coded_result_is_kept_as_the_test_value_unit_and_time_it_was_written_with() {
        var observation = parse(Observation.class, HAEMOGLOBIN.formatted("718-7"));

        assertThat(LabResults.result(observation, "Observation")).isEqualTo(new LabResult(
                new CodedEntry(CodingSystem.LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), "10.2", "g/dL",
                "2026-12-01"));
    }

    @Test
    void a_loinc_code_with_a_wrong_check_digit_is_refused_naming_the_element_and_the_rule() {
        var observation = parse(Observation.class, HAEMOGLOBIN.formatted("718-6"));

        assertThatThrownBy(() -> LabResults.line(observation, "Observation"))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, refused -> {
                    var issue = ((OperationOutcome) refused.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getExpression()).extracting(Object::toString)
                            .containsExactly("Observation.code.coding[0].code");
                    assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("coded-entry.invalid");
                    assertThat(issue.getDiagnostics()).contains("718-6").contains("mod-10 check digit");
                });
    }

    @Test
    void a_laboratory_observation_without_a_loinc_code_is_refused() {
        var observation = parse(Observation.class, HAEMOGLOBIN.formatted("718-7").replace("http://loinc.org",
                "http://example.org/local-lab"));

        assertThatThrownBy(() -> LabResults.line(observation, "Observation"))
                .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("Observation.code")
                .hasMessageContaining("http://loinc.org");
    }

    @Test
    void a_genetic_report_reads_as_its_title_its_contained_results_and_its_conclusion_in_the_genetics_section() {
        var report = parse(DiagnosticReport.class, """
                {"resourceType": "DiagnosticReport", "status": "final",
                 "contained": [%s],
                 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "GE"}]}],
                 "code": {"coding": [{"system": "http://loinc.org", "code": "51969-4", "display": "Genetic analysis report"}]},
                 "effectiveDateTime": "2026-11-30", "result": [{"reference": "#hb"}],
                 "conclusion": "Pathogenic COL4A5 variant.",
                 "conclusionCode": [{"coding": [{"system": "http://www.orpha.net", "code": "ORPHA:63", "display": "Alport syndrome"}]}]}
                """.formatted(HAEMOGLOBIN.formatted("718-7")));

        assertThat(DiagnosticReports.section(report)).isEqualTo(SectionKind.GENETICS);
        assertThat(DiagnosticReports.text(report)).isEqualTo("""
                Report: Genetic analysis report (LOINC 51969-4), 2026-11-30
                - Hemoglobin [Mass/volume] in Blood (LOINC 718-7): 10.2 g/dL (reference 12 g/dL-16 g/dL; \
                interpretation Low), 2026-12-01
                Conclusion: Pathogenic COL4A5 variant.
                Conclusion codes: Alport syndrome (ORPHAcode ORPHA:63)""");
    }

    @Test
    void a_reports_results_are_kept_as_the_laboratory_results_they_are_in_order() {
        var creatinine = HAEMOGLOBIN.formatted("2160-0").replace("\"hb\"", "\"cr\"")
                .replace("Hemoglobin [Mass/volume] in Blood", "Creatinine [Mass/volume] in Serum or Plasma");
        var report = parse(DiagnosticReport.class, """
                {"resourceType": "DiagnosticReport", "status": "final", "contained": [%s, %s],
                 "code": {"text": "Renal panel"}, "result": [{"reference": "#cr"}, {"reference": "#hb"}]}
                """.formatted(HAEMOGLOBIN.formatted("718-7"), creatinine));

        DiagnosticReports.text(report);

        assertThat(DiagnosticReports.labResults(report)).containsExactly(
                new LabResult(new CodedEntry(CodingSystem.LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
                        "10.2", "g/dL", "2026-12-01"),
                new LabResult(new CodedEntry(CodingSystem.LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood"), "10.2",
                        "g/dL", "2026-12-01"));
    }

    @Test
    void a_report_whose_conclusion_code_is_malformed_is_refused_at_that_code() {
        var report = parse(DiagnosticReport.class, """
                {"resourceType": "DiagnosticReport", "status": "final",
                 "code": {"text": "Renal biopsy"},
                 "conclusionCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "22298006"}]},
                                    {"coding": [{"system": "http://snomed.info/sct", "code": "22298007"}]}]}""");

        assertThatThrownBy(() -> DiagnosticReports.text(report)).isInstanceOf(UnprocessableEntityException.class)
                .hasMessageStartingWith("DiagnosticReport.conclusionCode[1].coding[0].code: not a valid SNOMED CT code")
                .hasMessageContaining("Verhoeff");
    }

    @Test
    void a_result_that_is_not_contained_in_the_report_is_refused() {
        var report = parse(DiagnosticReport.class, """
                {"resourceType": "DiagnosticReport", "status": "final", "code": {"text": "Panel"},
                 "result": [{"reference": "Observation/123"}]}""");

        assertThatThrownBy(() -> DiagnosticReports.text(report)).isInstanceOf(UnprocessableEntityException.class)
                .hasMessageStartingWith("DiagnosticReport.result[0]: a result is an Observation contained");
    }

    @Test
    void a_family_member_history_reads_as_one_line_with_each_condition() {
        var history = parse(FamilyMemberHistory.class, """
                {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": {"reference": "Patient/x"},
                 "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                              "code": "MTH", "display": "mother"}]},
                 "sex": {"coding": [{"system": "http://hl7.org/fhir/administrative-gender", "code": "female"}]},
                 "condition": [{"code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "Q87.8",
                                                     "display": "Alport syndrome"}]},
                                "onsetAge": {"value": 32, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}},
                               {"code": {"text": "Hearing loss"}}]}""");

        assertThat(FamilyHistories.text(history))
                .isEqualTo("Family history: mother (female): Alport syndrome (ICD-10 Q87.8), onset 32 a; Hearing loss");
    }

    @Test
    void a_family_member_history_is_kept_as_a_relative_of_the_pedigree_with_the_coded_conditions() {
        var history = parse(FamilyMemberHistory.class, """
                {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": {"reference": "Patient/x"},
                 "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                              "code": "BRO", "display": "brother"}]},
                 "sex": {"coding": [{"system": "http://hl7.org/fhir/administrative-gender", "code": "male"}]},
                 "deceasedBoolean": true,
                 "condition": [{"code": {"coding": [{"system": "http://www.orpha.net", "code": "ORPHA:63"}]}},
                               {"code": {"text": "Hearing loss"}}]}""");

        FamilyHistories.text(history);
        assertThat(FamilyHistories.relative(history)).isEqualTo(new Relative("BRO", "brother", "male", true,
                List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", ""))));
    }

    @Test
    void a_family_member_condition_with_a_malformed_code_is_refused_at_that_code() {
        var history = parse(FamilyMemberHistory.class, """
                {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": {"reference": "Patient/x"},
                 "relationship": {"text": "brother"},
                 "condition": [{"code": {"coding": [{"system": "http://human-phenotype-ontology.org", "code": "HP:12"}]}}]}""");

        assertThatThrownBy(() -> FamilyHistories.text(history)).isInstanceOf(UnprocessableEntityException.class)
                .hasMessageStartingWith("FamilyMemberHistory.condition[0].code.coding[0].code: not a valid HPO code: HP:12")
                .hasMessageContaining("seven digits");
    }
}
