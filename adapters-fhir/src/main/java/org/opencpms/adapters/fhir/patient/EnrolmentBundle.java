package org.opencpms.adapters.fhir.patient;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.opencpms.domain.shared.InvalidValue;

/**
 * An enrolment inside a transaction Bundle: a Patient entry and the Consent entries whose {@code patient} is that
 * entry's {@code fullUrl} (a {@code urn:uuid:}), in any order, so that the care consent given in the same Bundle
 * enrols the patient. Every one of them is a {@code POST}; the Patient entry may carry {@code ifNoneExist}. Otherwise
 * refused ({@code transaction.invalid}, 422).
 */
public record EnrolmentBundle(BundleEntryComponent patientEntry, List<BundleEntryComponent> consentEntries) {

    public EnrolmentBundle {
        consentEntries = List.copyOf(consentEntries);
    }

    /** The enrolments a transaction Bundle holds: one per Patient entry. */
    public static List<EnrolmentBundle> in(Bundle bundle) {
        return bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient)
                .map(patient -> of(bundle, patient)).toList();
    }

    private static EnrolmentBundle of(Bundle bundle, BundleEntryComponent patient) {
        var fullUrl = patient.getFullUrl();
        var consents = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Consent consent
                && fullUrl != null && fullUrl.equals(consent.getPatient().getReference())).toList();
        return new EnrolmentBundle(patient, consents);
    }

    /** The Patient entry first, then its Consents. */
    public List<BundleEntryComponent> entries() {
        var entries = new ArrayList<BundleEntryComponent>();
        entries.add(patientEntry);
        entries.addAll(consentEntries);
        return entries;
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

    /** @throws InvalidValue {@code transaction.invalid} unless every entry is a POST */
    void requirePosts() {
        if (entries().stream().anyMatch(e -> e.getRequest().getMethod() != HTTPVerb.POST)) {
            throw new InvalidValue("transaction", "a Patient and the Consents naming it are enrolled by POST entries");
        }
    }
}
