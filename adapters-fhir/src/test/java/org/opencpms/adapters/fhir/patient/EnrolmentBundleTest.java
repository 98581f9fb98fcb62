package org.opencpms.adapters.fhir.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;

class EnrolmentBundleTest {

    private static final String PATIENT = "urn:uuid:5d3c1c8e-0f7e-4b1a-9a33-3c0b8a1b2c3d";

    private static Bundle bundle(String consentPatient) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry().setFullUrl("urn:uuid:0a8b").setResource(new Consent().setPatient(new Reference(consentPatient)))
                .getRequest().setMethod(HTTPVerb.POST).setUrl("Consent");
        bundle.addEntry().setFullUrl(PATIENT).setResource(new Patient()).getRequest().setMethod(HTTPVerb.POST)
                .setUrl("Patient").setIfNoneExist("identifier=MRN-1");
        return bundle;
    }

    @Test
    void an_enrolment_is_a_patient_and_the_consents_naming_its_full_url_in_any_order() {
        var enrolment = EnrolmentBundle.in(bundle(PATIENT)).get(0);

        assertThat(enrolment.consents()).hasSize(1);
        assertThat(enrolment.ifNoneExist()).isEqualTo("identifier=MRN-1");
        assertThat(enrolment.entries()).extracting(e -> e.getResource().fhirType()).containsExactly("Patient", "Consent");
    }

    @Test
    void a_consent_of_another_patient_and_other_resources_stay_out_of_the_enrolment() {
        var bundle = bundle("Patient/123");
        bundle.addEntry().setResource(new Observation()).getRequest().setMethod(HTTPVerb.POST);
        bundle.addEntry().setFullUrl("urn:uuid:x").setResource(new Patient()).getRequest().setMethod(HTTPVerb.POST);

        var enrolments = EnrolmentBundle.in(bundle);

        assertThat(enrolments).hasSize(2).allSatisfy(e -> assertThat(e.consentEntries()).isEmpty());
    }

    @Test
    void an_enrolment_entry_that_is_not_a_post_is_refused() {
        var put = bundle(PATIENT);
        put.getEntryFirstRep().getRequest().setMethod(HTTPVerb.PUT);

        assertThatThrownBy(() -> EnrolmentBundle.in(put).get(0).requirePosts())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("transaction.invalid"));
    }
}
