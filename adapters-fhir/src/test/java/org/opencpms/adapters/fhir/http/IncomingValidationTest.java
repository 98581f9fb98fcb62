package org.opencpms.adapters.fhir.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class IncomingValidationTest {

    private static final FhirValidator VALIDATOR = new IncomingValidation(FhirContext.forR4Cached()).validator();

    @Test
    void a_valid_patient_has_no_error() {
        var patient = new Patient().setGender(AdministrativeGender.FEMALE);
        patient.addName().setFamily("Fhirmann").addGiven("Greta");

        var result = VALIDATOR.validateWithResult(patient);

        assertThat(result.getMessages()).filteredOn(m -> m.getSeverity() == ResultSeverityEnum.ERROR).isEmpty();
    }

    @Test
    void a_consent_without_its_required_elements_has_one_error_per_issue_each_with_its_location() {
        var consent = new Consent();
        consent.addCategory().addCoding(new Coding("https://opencpms.org/fhir/CodeSystem/consent-kind", "care", null));

        var errors = VALIDATOR.validateWithResult(consent).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR).toList();

        assertThat(errors).extracting(SingleValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).startsWith("Consent.status: minimum required = 1"))
                .anySatisfy(message -> assertThat(message).startsWith("Consent.scope: minimum required = 1"))
                .anySatisfy(message -> assertThat(message).contains("ppc-1"));
        assertThat(errors).allSatisfy(m -> assertThat(m.getLocationString()).startsWith("Consent"));
    }
}
