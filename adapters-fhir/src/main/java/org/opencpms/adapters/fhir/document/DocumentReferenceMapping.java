package org.opencpms.adapters.fhir.document;

import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.outcome.PrintedIds;
import org.opencpms.application.panel.PrintPanelDocument.Document;
import org.opencpms.adapters.fhir.panel.Subjects;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.panel.Outcome;

/**
 * A panel's documents as IHE MHD DocumentReferences: status {@code current}; {@code subject} the patient as the
 * caller may see them ({@link Subjects#reference}); {@code context.related} the consultation (ServiceRequest) it
 * belongs to. A document attached to the form: {@code masterIdentifier} the RFC 6920 name of its SHA-256
 * ({@code ni:///sha-256;<base64url>}); {@code description} and {@code content.attachment.title} its title; the
 * attachment's media type and the URL of its bytes ({@code Binary/<id>}, ITI-68). The panel's outcome, once drafted:
 * type LOINC 11488-4 (consult note), {@code docStatus} final or preliminary, its date, and the printed outcome as a
 * PDF at {@code Binary/outcome-<panel id>} ({@link PrintedIds}). Every panel's consultation form: type LOINC 57133-1
 * (referral note), printed as a PDF at {@code Binary/form-<panel id>} ({@link PrintedIds}), as it is when read.
 */
final class DocumentReferenceMapping {

    static final String OUTCOME_TITLE = "Panel outcome";
    static final String FORM_TITLE = "Consultation form";

    private DocumentReferenceMapping() {
    }

    static List<DocumentReference> of(List<FindClinicalEntries.PanelEntries> found) {
        return found.stream().flatMap(entries -> Stream.of(entries.documents().stream().map(document -> {
            var id = DocumentIds.of(entries.panel(), document.reference());
            var reference = common(entries, id, document.title(), document.mediaType());
            reference.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("ni:///sha-256;"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(document.reference()))));
            return reference;
        }), Stream.of(form(entries)), entries.outcome().stream().map(outcome -> outcome(entries, outcome)))
                .flatMap(references -> references)).toList();
    }

    private static DocumentReference form(FindClinicalEntries.PanelEntries entries) {
        var reference = common(entries, PrintedIds.of(entries.panel(), Document.CONSULTATION_FORM), FORM_TITLE, "application/pdf");
        reference.setType(new CodeableConcept(new Coding("http://loinc.org", "57133-1", "Referral note")));
        return reference;
    }

    private static DocumentReference outcome(FindClinicalEntries.PanelEntries entries, Outcome outcome) {
        var reference = common(entries, PrintedIds.of(entries.panel(), Document.OUTCOME), OUTCOME_TITLE, "application/pdf");
        reference.setType(new CodeableConcept(new Coding("http://loinc.org", "11488-4", "Consult note")));
        reference.setDocStatus(outcome.isFinal() ? DocumentReference.ReferredDocumentStatus.FINAL
                : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        reference.setDate(Date.from(outcome.finalisedAt().orElse(outcome.draftedAt())));
        return reference;
    }

    private static DocumentReference common(FindClinicalEntries.PanelEntries entries, String id, String title,
                                            String mediaType) {
        var reference = new DocumentReference().setStatus(DocumentReferenceStatus.CURRENT)
                .setSubject(Subjects.reference(entries.subject())).setDescription(title);
        reference.setId(id);
        reference.addContent().getAttachment().setContentType(mediaType).setTitle(title).setUrl("Binary/" + id);
        reference.getContext().addRelated(new Reference("ServiceRequest/" + entries.panel().value()));
        return reference;
    }
}
