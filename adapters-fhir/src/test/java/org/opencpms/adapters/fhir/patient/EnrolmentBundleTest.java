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

    private static void refused(Bundle bundle) {
        assertThatThrownBy(() -> EnrolmentBundle.of(bundle))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("transaction.invalid"));
    }

    @Test
    void an_enrolment_is_one_patient_and_its_consents_in_any_order() {
        var enrolment = EnrolmentBundle.of(bundle(PATIENT));

        assertThat(enrolment.consents()).hasSize(1);
        assertThat(enrolment.ifNoneExist()).isEqualTo("identifier=MRN-1");
    }

    @Test
    void a_consent_of_another_patient_a_batch_another_resource_or_another_verb_is_refused() {
        refused(bundle("Patient/123"));
        refused(bundle(PATIENT).setType(Bundle.BundleType.BATCH));
        var extra = bundle(PATIENT);
        extra.addEntry().setResource(new Observation()).getRequest().setMethod(HTTPVerb.POST);
        refused(extra);
        var put = bundle(PATIENT);
        put.getEntryFirstRep().getRequest().setMethod(HTTPVerb.PUT);
        refused(put);
        var twoPatients = bundle(PATIENT);
        twoPatients.addEntry().setFullUrl("urn:uuid:x").setResource(new Patient()).getRequest().setMethod(HTTPVerb.POST);
        refused(twoPatients);
    }
}
