package org.opencpms.adapters.fhir.document;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.FhirIds;
import org.opencpms.adapters.fhir.http.InvalidElement;
import org.opencpms.adapters.fhir.panel.Subjects;
import org.opencpms.application.panel.ProvideDocument;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/**
 * An IHE MHD ITI-65 Provide Document Bundle, read: a transaction of one List (the SubmissionSet), one or more
 * DocumentReferences and the Binaries holding their bytes, all POSTs. Every DocumentReference names the same patient
 * ({@code subject}) and the same consultation ({@code context.related}, {@code ServiceRequest/<id>}); its
 * {@code content[0].attachment} has a {@code contentType}, a {@code title} (else the DocumentReference's
 * {@code description}) and either its bytes ({@code data}) or the {@code url} of a Binary entry ({@code fullUrl}).
 * Anything else is refused (422) naming the element.
 */
record DocumentBundle(PanelId consultation, PatientId subject, List<ProvideDocument.NewDocument> documents,
                      List<Bundle.BundleEntryComponent> referenceEntries) {

    static DocumentBundle of(Bundle bundle) {
        var references = new ArrayList<Bundle.BundleEntryComponent>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            var entry = bundle.getEntry().get(i);
            var where = "Bundle.entry[" + i + "]";
            if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                throw InvalidElement.refused(where + ".request.method", "document-bundle.invalid", "every entry is a POST");
            }
            if (entry.getResource() instanceof DocumentReference) {
                references.add(entry);
            } else if (!(entry.getResource() instanceof ListResource || entry.getResource() instanceof Binary)) {
                throw InvalidElement.refused(where + ".resource", "document-bundle.invalid",
                        "a document bundle holds a List (SubmissionSet), DocumentReferences and Binaries only");
            }
        }
        if (bundle.getEntry().stream().filter(e -> e.getResource() instanceof ListResource).count() != 1) {
            throw InvalidElement.refused("Bundle.entry", "document-bundle.invalid", "one List (SubmissionSet) is needed");
        }
        for (var entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Binary && referring(entry, references) < 0) {
                throw InvalidElement.refused(where(bundle, entry) + ".fullUrl", "document-bundle.invalid",
                        "no DocumentReference's attachment url names this Binary");
            }
        }
        var first = (DocumentReference) references.get(0).getResource();
        var consultation = consultation(first, where(bundle, references.get(0)));
        var subject = Subjects.of(first.getSubject());
        var documents = new ArrayList<ProvideDocument.NewDocument>();
        for (var entry : references) {
            var where = where(bundle, entry);
            var reference = (DocumentReference) entry.getResource();
            if (!consultation.equals(consultation(reference, where))
                    || subject == null || !subject.equals(Subjects.of(reference.getSubject()))) {
                throw InvalidElement.refused(where + ".resource", "document-bundle.invalid",
                        "every DocumentReference names the same Patient subject and consultation");
            }
            documents.add(document(bundle, reference, where + ".resource.content[0].attachment"));
        }
        return new DocumentBundle(consultation, subject, documents, references);
    }

    /** The index of the first DocumentReference entry whose attachment url is the Binary entry's fullUrl, else -1. */
    static int referring(Bundle.BundleEntryComponent binary, List<Bundle.BundleEntryComponent> references) {
        for (int i = 0; i < references.size(); i++) {
            var url = ((DocumentReference) references.get(i).getResource()).getContentFirstRep().getAttachment().getUrl();
            if (binary.getFullUrl() != null && binary.getFullUrl().equals(url)) {
                return i;
            }
        }
        return -1;
    }

    private static String where(Bundle bundle, Bundle.BundleEntryComponent entry) {
        return "Bundle.entry[" + bundle.getEntry().indexOf(entry) + "]";
    }

    private static PanelId consultation(DocumentReference reference, String where) {
        return reference.getContext().getRelated().stream().map(Reference::getReferenceElement)
                .filter(id -> "ServiceRequest".equals(id.getResourceType())).findFirst().map(FhirIds::panel)
                .orElseThrow(() -> InvalidElement.refused(where + ".resource.context.related", "consultation.invalid",
                        "name the consultation as ServiceRequest/<id>"));
    }

    private static ProvideDocument.NewDocument document(Bundle bundle, DocumentReference reference, String where) {
        Attachment attachment = reference.getContentFirstRep().getAttachment();
        var title = attachment.hasTitle() ? attachment.getTitle() : reference.getDescription();
        byte[] data = attachment.getData();
        String contentType = attachment.getContentType();
        if (data == null) {
            var binary = bundle.getEntry().stream().filter(e -> e.getFullUrl() != null
                    && e.getFullUrl().equals(attachment.getUrl()) && e.getResource() instanceof Binary)
                    .map(e -> (Binary) e.getResource()).findFirst()
                    .orElseThrow(() -> InvalidElement.refused(where + ".url", "document-bundle.invalid",
                            "the url names no Binary entry of the bundle, and there is no data"));
            data = binary.getData();
            contentType = contentType == null ? binary.getContentType() : contentType;
        }
        var bytes = data;
        var type = contentType;
        return InvalidElement.at(where, () -> new ProvideDocument.NewDocument(title, type, bytes));
    }
}
