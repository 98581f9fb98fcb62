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
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0000365", "")), List.of(), Optional.empty());
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
    void a_member_reads_the_subject_under_the_pseudonym_and_the_enrolling_centre_under_the_medical_record_number() {
        var member = Subjects.reference(entries(Optional.empty()).subject());
        var enrolling = Subjects.reference(entries(Optional.of(new HospitalIdentifier("HOSP-1"))).subject());

        assertThat(member.getIdentifier().getSystem()).isEqualTo("https://opencpms.org/fhir/sid/pseudonym");
        assertThat(member.getDisplay()).isEqualTo("brave-okapi-0427");
        assertThat(enrolling.getIdentifier().getValue()).isEqualTo("HOSP-1");
        assertThat(enrolling.getIdentifier().getType().getCodingFirstRep().getCode()).isEqualTo("MR");
    }
}
