package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.opencpms.adapters.fhir.patient.PatientMatch;

/**
 * References between the entries of a transaction Bundle: a reference that is the {@code fullUrl} of an entry already
 * stored becomes that entry's {@code Type/id}; a {@code urn:uuid:} or {@code urn:oid:} reference that names no such
 * entry is refused, naming the entry that holds it; a conditional reference ({@code Patient?identifier=...}) becomes
 * where the one resource it matches is ({@link PatientMatch}), or its refusal.
 */
final class References {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private References() {
    }

    /**
     * Only the conditional references, each becoming where the one resource it matches is (for an IHE MHD document
     * bundle, whose other references are its own business: {@link ConditionalReferences}).
     */
    static void resolveConditional(Resource resource, UnaryOperator<String> matched) {
        for (var reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            if (PatientMatch.isConditional(reference.getReference())) {
                reference.setReference(matched.apply(reference.getReference()));
            }
        }
    }

    /**
     * @param stored the fullUrl of each entry stored so far, and where it now is ({@code Type/id})
     * @param matched where the one resource a conditional reference matches is ({@code Type/id}), or its refusal
     * @throws ca.uhn.fhir.rest.server.exceptions.InvalidRequestException 400 {@code transaction.invalid} for a
     *         {@code urn:} reference to no such entry (the caller names the entry: {@link EntryFailures#named})
     */
    static void resolve(Resource resource, Map<String, String> stored, UnaryOperator<String> matched) {
        for (var reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            var target = reference.getReference();
            if (target == null) {
                continue;
            }
            if (stored.containsKey(target)) {
                reference.setReference(stored.get(target));
            } else if (PatientMatch.isConditional(target)) {
                reference.setReference(matched.apply(target));
            } else if (target.startsWith("urn:uuid:") || target.startsWith("urn:oid:")) {
                throw EntryFailures.invalid("refers to " + target + ", which is the fullUrl of no entry of the"
                        + " Bundle stored before it (Patient and its Consents, then Consent, ServiceRequest, the rest)");
            }
        }
    }
}
