package org.opencpms.adapters.fhir.document;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.panel.Subjects;
import org.opencpms.application.panel.FindClinicalEntries;

/**
 * A panel's document as an IHE MHD DocumentReference: status {@code current}; {@code masterIdentifier} the RFC 6920
 * name of its SHA-256 ({@code ni:///sha-256;<base64url>}); {@code subject} the patient as the caller may see them
 * ({@link Subjects#reference}); {@code description} and {@code content.attachment.title} its title; the attachment's
 * media type and the URL of its bytes ({@code Binary/<id>}, ITI-68); {@code context.related} the consultation
 * (ServiceRequest) it belongs to.
 */
final class DocumentReferenceMapping {

    private DocumentReferenceMapping() {
    }

    static List<DocumentReference> of(List<FindClinicalEntries.PanelEntries> found) {
        return found.stream().flatMap(entries -> entries.documents().stream().map(document -> {
            var id = DocumentIds.of(entries.panel(), document.reference());
            var reference = new DocumentReference().setStatus(DocumentReferenceStatus.CURRENT)
                    .setSubject(Subjects.reference(entries.subject())).setDescription(document.title());
            reference.setId(id);
            reference.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("ni:///sha-256;"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(document.reference()))));
            reference.addContent().getAttachment().setContentType(document.mediaType()).setTitle(document.title())
                    .setUrl("Binary/" + id);
            reference.getContext().addRelated(new Reference("ServiceRequest/" + entries.panel().value()));
            return reference;
        })).toList();
    }
}
