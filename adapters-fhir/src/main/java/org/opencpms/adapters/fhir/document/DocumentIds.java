package org.opencpms.adapters.fhir.document;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.application.panel.RetrieveDocument;
import org.opencpms.domain.shared.PanelId;

/**
 * The logical id of a panel's document, for its DocumentReference and its Binary: the panel's UUID as 32 hex digits
 * and the first {@value RetrieveDocument#MIN_KEY} hex digits of the document's SHA-256 (64 characters, FHIR's
 * longest id). An id of another shape is answered as an unknown document.
 */
record DocumentIds(PanelId panel, String key) {

    static String of(PanelId panel, String sha256) {
        return panel.value().toString().replace("-", "") + sha256.substring(0, RetrieveDocument.MIN_KEY);
    }

    static DocumentIds parse(IIdType id) {
        var text = id.getIdPart();
        try {
            if (text.length() != 2 * RetrieveDocument.MIN_KEY) {
                throw new IllegalArgumentException(text);
            }
            var hex = text.substring(0, 32);
            var uuid = UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
            return new DocumentIds(new PanelId(uuid), text.substring(32));
        } catch (RuntimeException e) {
            var message = "no " + id.getResourceType() + " " + text;
            var refusal = new ResourceNotFoundException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.NOTFOUND, "panel.document-not-found", message));
            throw refusal;
        }
    }
}
