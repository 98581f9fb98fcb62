package org.opencpms.adapters.fhir.outcome;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.opencpms.adapters.fhir.http.NamingSystems;
import org.opencpms.adapters.fhir.patient.PatientMapping;
import org.opencpms.application.panel.PrintablePanel;

/**
 * A panel's outcome as a FHIR document: a Bundle of type {@code document} whose first entry is the
 * {@link OutcomeComposition}, followed by everything it refers to: the pseudonymised Patient (id, nickname, gender,
 * age; never identifying data, as in the printed outcome) and each health professional it names as a Practitioner
 * (display name and OpenCPMS user id only). Every entry's {@code fullUrl} is its address on this server, so the
 * Composition's relative references resolve inside the Bundle. The identifier is the same for the same version of
 * the panel; the timestamp is when it was assembled.
 */
public final class OutcomeDocument {

    private OutcomeDocument() {
    }

    /** @param base this server's FHIR base URL, e.g. {@code https://host/fhir} */
    public static Bundle of(PrintablePanel printable, String base) {
        var panel = printable.panel();
        var bundle = new Bundle().setType(Bundle.BundleType.DOCUMENT);
        var version = panel.id().value() + "/" + panel.version();
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:"
                + UUID.nameUUIDFromBytes(version.getBytes(StandardCharsets.UTF_8))));
        bundle.setTimestamp(Date.from(printable.printedAt()));
        add(bundle, base, OutcomeComposition.of(printable));
        var card = panel.patient();
        add(bundle, base, PatientMapping.pseudonymised(card.id(), card.nickname(), card.ageInYears(), card.sex()));
        for (var user : OutcomeComposition.people(printable)) {
            var practitioner = new Practitioner();
            practitioner.setId(user.value().toString());
            practitioner.addIdentifier().setSystem(NamingSystems.USER).setValue(user.value().toString());
            practitioner.addName().setText(printable.nameOf(user));
            add(bundle, base, practitioner);
        }
        return bundle;
    }

    private static void add(Bundle bundle, String base, Resource resource) {
        bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource);
    }
}
