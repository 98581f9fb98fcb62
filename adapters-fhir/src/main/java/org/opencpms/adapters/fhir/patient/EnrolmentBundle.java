package org.opencpms.adapters.fhir.patient;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.opencpms.domain.shared.InvalidValue;

/**
 * The one transaction OpenCPMS takes: an enrolment, i.e. a {@code transaction} Bundle of exactly one Patient and its
 * Consents, every entry a {@code POST}, each Consent's {@code patient} the Patient entry's {@code fullUrl} (a
 * {@code urn:uuid:}); the Patient entry may carry {@code ifNoneExist}. Any other Bundle is refused
 * ({@code transaction.invalid}, 422) before anything is stored.
 */
record EnrolmentBundle(BundleEntryComponent patientEntry, List<BundleEntryComponent> consentEntries) {

    static EnrolmentBundle of(Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw refused("only a transaction Bundle is supported, not " + bundle.getType());
        }
        var patients = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient).toList();
        var consents = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Consent).toList();
        if (patients.size() != 1 || patients.size() + consents.size() != bundle.getEntry().size()) {
            throw refused("an enrolment Bundle holds exactly one Patient and its Consents, nothing else");
        }
        if (bundle.getEntry().stream().anyMatch(e -> e.getRequest().getMethod() != HTTPVerb.POST)) {
            throw refused("every entry of an enrolment Bundle is a POST");
        }
        var fullUrl = patients.get(0).getFullUrl();
        if (consents.stream().anyMatch(e -> fullUrl == null
                || !fullUrl.equals(((Consent) e.getResource()).getPatient().getReference()))) {
            throw refused("each Consent's patient must be the Patient entry's fullUrl");
        }
        return new EnrolmentBundle(patients.get(0), consents);
    }

    Patient patient() {
        return (Patient) patientEntry.getResource();
    }

    List<Consent> consents() {
        return consentEntries.stream().map(e -> (Consent) e.getResource()).toList();
    }

    String ifNoneExist() {
        return patientEntry.getRequest().getIfNoneExist();
    }

    private static InvalidValue refused(String message) {
        return new InvalidValue("transaction", message);
    }
}
