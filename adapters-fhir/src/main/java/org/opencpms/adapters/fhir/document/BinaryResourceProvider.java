package org.opencpms.adapters.fhir.document;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.IdType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.outcome.PrintedIds;
import org.opencpms.application.panel.PrintPanelDocument;
import org.opencpms.application.panel.RetrieveDocument;

/**
 * IHE MHD ITI-68 Retrieve Document: {@code GET Binary/<id>} ({@link DocumentIds}) answers the document's bytes with
 * its media type (or a Binary resource when FHIR JSON/XML is asked for), for whoever may see its panel
 * ({@link RetrieveDocument}); anyone else gets the 404 of an unknown panel ({@code panel.not-found}), and a document
 * the panel does not list is 404 {@code panel.document-not-found}. {@code Binary/outcome-<panel id>}
 * ({@link PrintedIds}) is the panel's outcome printed as a PDF, by the same use case as over REST
 * ({@link PrintPanelDocument}); 404 {@code panel.outcome-not-found} while there is none. {@code Binary/form-<panel id>}
 * is its consultation form printed as a PDF, the same document as {@code GET /api/panels/{id}/form}
 * with {@code Accept: application/pdf}.
 */
@Dependent
public class BinaryResourceProvider implements IResourceProvider {

    private final RetrieveDocument retrieve;
    private final PrintPanelDocument print;

    @Inject
    public BinaryResourceProvider(RetrieveDocument retrieve, PrintPanelDocument print) {
        this.retrieve = retrieve;
        this.print = print;
    }

    @Override
    public Class<Binary> getResourceType() {
        return Binary.class;
    }

    @Read
    public Binary read(@IdParam IdType id, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var printed = PrintedIds.parse(id.getIdPart());
        if (printed.isPresent()) {
            var rendered = print.handle(new PrintPanelDocument.Query(actor, printed.get().panel(),
                    printed.get().document()));
            return binary(id, rendered.mediaType(), rendered.content());
        }
        var document = DocumentIds.parse(id);
        var found = retrieve.handle(new RetrieveDocument.Query(actor, document.panel(), document.key()));
        return binary(id, found.attachment().mediaType(), found.content());
    }

    private static Binary binary(IdType id, String mediaType, byte[] content) {
        var binary = new Binary().setContentType(mediaType).setData(content);
        binary.setId(id.getIdPart());
        return binary;
    }
}
