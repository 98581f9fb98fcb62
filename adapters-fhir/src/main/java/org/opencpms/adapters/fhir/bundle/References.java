package org.opencpms.adapters.fhir.bundle;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * References between the entries of a transaction Bundle: a reference that is the {@code fullUrl} of an entry already
 * stored becomes that entry's {@code Type/id}; a {@code urn:uuid:} or {@code urn:oid:} reference that names no such
 * entry is refused, naming the entry that holds it.
 */
final class References {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private References() {
    }

    /** @param stored the fullUrl of each entry stored so far, and where it now is ({@code Type/id}) */
    static void resolve(int index, Resource resource, Map<String, String> stored) {
        for (var reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            var target = reference.getReference();
            if (target == null) {
                continue;
            }
            if (stored.containsKey(target)) {
                reference.setReference(stored.get(target));
            } else if (target.startsWith("urn:uuid:") || target.startsWith("urn:oid:")) {
                throw EntryFailures.invalid(index, "refers to " + target + ", which is the fullUrl of no entry of the"
                        + " Bundle stored before it (Patient and its Consents, then Consent, ServiceRequest, the rest)");
            }
        }
    }
}
