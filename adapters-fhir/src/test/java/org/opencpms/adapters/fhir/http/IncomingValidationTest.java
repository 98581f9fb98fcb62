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
    void an_enrolment_bundle_of_a_patient_and_its_consent_has_no_error() {
        var bundle = new org.hl7.fhir.r4.model.Bundle().setType(org.hl7.fhir.r4.model.Bundle.BundleType.TRANSACTION);
        var patient = new Patient().setGender(AdministrativeGender.FEMALE);
        patient.addName().setFamily("Fhirmann").addGiven("Greta");
        bundle.addEntry().setFullUrl("urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d").setResource(patient).getRequest()
                .setMethod(org.hl7.fhir.r4.model.Bundle.HTTPVerb.POST).setUrl("Patient");
        var consent = new Consent().setStatus(Consent.ConsentState.ACTIVE)
                .setPatient(new org.hl7.fhir.r4.model.Reference("urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d"));
        consent.getScope().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null));
        consent.addCategory().addCoding(new Coding("https://opencpms.org/fhir/CodeSystem/consent-kind", "care", null));
        consent.addPolicy().setUri("https://opencpms.org/consent/care");
        bundle.addEntry().setFullUrl("urn:uuid:0a8b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d").setResource(consent).getRequest()
                .setMethod(org.hl7.fhir.r4.model.Bundle.HTTPVerb.POST).setUrl("Consent");

        var result = VALIDATOR.validateWithResult(bundle);

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
