package org.opencpms.adapters.fhir.panel;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.fhir.http.IncomingValidation;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class EmittedResourcesTest {

    private static final FhirValidator VALIDATOR = new IncomingValidation(FhirContext.forR4Cached()).validator();

    private static FindClinicalEntries.PanelEntries entries(Optional<HospitalIdentifier> mrn) {
        var subject = new FindClinicalEntries.Subject(new PatientId(UUID.randomUUID()),
                new PseudonymId(UUID.randomUUID()), new Nickname("brave-okapi-0427"), mrn);
        return new FindClinicalEntries.PanelEntries(new PanelId(UUID.randomUUID()), subject,
                List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome")),
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0000365", "")),
                List.of(new LabResult(new CodedEntry(CodingSystem.LOINC, "2160-0", "Creatinine"), "1.8", "mg/dL",
                        "2026-12-01"), new LabResult(new CodedEntry(CodingSystem.LOINC, "69548-6", ""),
                        "COL4A5 c.1871G>A", "", "")),
                List.of(new Relative("MTH", "mother", "female", true,
                        List.of(new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:63", "Alport syndrome")))),
                List.of(), Optional.empty());
    }

    private static List<String> errors(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
    }

    @Test
    void conditions_and_phenotype_observations_read_back_are_valid_r4_for_members_and_the_enrolling_centre() {
        for (var found : List.of(entries(Optional.empty()), entries(Optional.of(new HospitalIdentifier("HOSP-1"))))) {
            var conditions = CodedEntriesOut.conditions(List.of(found));
            var phenotypes = CodedEntriesOut.phenotypes(List.of(found));

            assertThat(conditions).singleElement().satisfies(c -> assertThat(errors(c)).isEmpty());
            assertThat(phenotypes).singleElement().satisfies(o -> assertThat(errors(o)).isEmpty());
        }
    }

    @Test
    void laboratory_results_and_relatives_read_back_are_valid_r4_with_what_was_written() {
        for (var found : List.of(entries(Optional.empty()), entries(Optional.of(new HospitalIdentifier("HOSP-1"))))) {
            var results = ReceivedRecordsOut.labResults(List.of(found));
            var relatives = ReceivedRecordsOut.relatives(List.of(found));

            assertThat(results).hasSize(2).allSatisfy(o -> assertThat(errors(o)).isEmpty());
            assertThat(relatives).singleElement().satisfies(f -> assertThat(errors(f)).isEmpty());
            var creatinine = results.get(0);
            assertThat(creatinine.getIdElement().getIdPart()).isEqualTo(found.panel().value() + "-l0");
            assertThat(creatinine.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
            assertThat(creatinine.getCode().getCodingFirstRep().getCode()).isEqualTo("2160-0");
            assertThat(creatinine.getValueQuantity().getValue()).isEqualByComparingTo("1.8");
            assertThat(creatinine.getValueQuantity().getUnit()).isEqualTo("mg/dL");
            assertThat(creatinine.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-12-01");
            assertThat(results.get(1).getValueStringType().getValue()).isEqualTo("COL4A5 c.1871G>A");
            var mother = relatives.get(0);
            assertThat(mother.getIdElement().getIdPart()).isEqualTo(found.panel().value() + "-f0");
            assertThat(mother.getRelationship().getCodingFirstRep().getCode()).isEqualTo("MTH");
            assertThat(mother.getSex().getCodingFirstRep().getCode()).isEqualTo("female");
            assertThat(mother.getDeceasedBooleanType().booleanValue()).isTrue();
            assertThat(mother.getConditionFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("ORPHA:63");
        }
    }

    @Test
    void a_member_reads_the_subject_under_the_pseudonym_and_the_enrolling_centre_under_the_medical_record_number() {
        var member = Subjects.reference(entries(Optional.empty()).subject());
        var enrolling = Subjects.reference(entries(Optional.of(new HospitalIdentifier("HOSP-1"))).subject());

        assertThat(member.getIdentifier().getSystem()).isEqualTo("https://opencpms.org/fhir/sid/pseudonym");
        assertThat(member.getDisplay()).isEqualTo("brave-okapi-0427");
        assertThat(enrolling.getIdentifier().getValue()).isEqualTo("HOSP-1");
        assertThat(enrolling.getIdentifier().getType().getCodingFirstRep().getCode()).isEqualTo("MR");
    }
}
