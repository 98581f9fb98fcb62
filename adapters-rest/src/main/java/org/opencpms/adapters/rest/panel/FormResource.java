package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.PanelParameters.IF_MATCH;
import static org.opencpms.adapters.rest.panel.PanelParameters.PANEL_ID;
import static org.opencpms.adapters.rest.panel.PanelParameters.PDF;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.CopyPanel;
import org.opencpms.application.panel.EditConsultationForm;
import org.opencpms.application.panel.PrintPanelDocument;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's consultation form: fetching it as a PDF ({@link PrintPanelDocument}), replacing it
 * ({@link EditConsultationForm}) and copying it into a new draft for the same patient and lead ERN ({@link CopyPanel}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or a deleted one (problem+json)")
public class FormResource {


    private final Caller caller;
    private final EditConsultationForm editConsultationForm;
    private final CopyPanel copyPanel;
    private final PrintPanelDocument printPanelDocument;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public FormResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public FormResource(Caller caller, EditConsultationForm editConsultationForm, CopyPanel copyPanel,
                        PrintPanelDocument printPanelDocument, PanelReplies replies) {
        this.caller = caller;
        this.editConsultationForm = editConsultationForm;
        this.copyPanel = copyPanel;
        this.printPanelDocument = printPanelDocument;
        this.replies = replies;
    }

    @GET
    @Path("form")
    @Produces(PDF)
    @Operation(summary = "The consultation form as a PDF document (Accept: application/pdf): reason, clinical question, "
            + "clinical sections, coded entries, custom data and the attachments' titles; the patient by nickname, age "
            + "and sex only. Its JSON is the form field of GET /panels/{id}")
    @APIResponse(responseCode = "200", description = "The consultation form as it is now",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "406", description = "Accept does not allow application/pdf (problem+json)")
    public Response print(@Parameter(description = PANEL_ID) @PathParam("id") UUID id) {
        return PanelReplies.document(printPanelDocument.handle(new PrintPanelDocument.Query(caller.actor(),
                new PanelId(id), PrintPanelDocument.Document.CONSULTATION_FORM)));
    }

    @PUT
    @Path("form")
    @Operation(summary = "Replace the consultation form (until sign-off)")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read and If-Match was * (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "Not editable now, or incomplete after submission (problem+json)")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response editForm(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ConsultationFormJson form) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(editConsultationForm.handle(
                new EditConsultationForm.Command(caller.actor(), panel, expected, form.toForm())));
    }

    @POST
    @Path("copies")
    @Operation(summary = "Open a new draft for the same patient and ERN, pre-filled with this panel's form")
    @APIResponse(responseCode = "201", description = "The new draft panel; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the source's current version (problem+json)")
    @APIResponse(responseCode = "422", description = "The patient's consents do not allow panels (problem+json)")
    public Response copy(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                         @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Context UriInfo uriInfo) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var copy = copyPanel.handle(new CopyPanel.Command(caller.actor(), new PanelId(id), expected));
        return replies.created(PanelReplies.location(uriInfo, copy.id()), copy.panel(), copy.id().value());
    }
}
