package org.opencpms.adapters.rest.panel;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.PrintPanelDocument;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's outcome document: the lead drafts or redrafts it ({@link DraftOutcome}), members review the draft
 * ({@link ReviewOutcome}) and the lead finalises it ({@link FinaliseOutcome}) so that the panel can close. The panel
 * decides who may and when. Every change answers the panel after the change with its {@code ETag} and takes
 * {@code If-Match}. Whoever may see the panel fetches the outcome as a PDF ({@link PrintPanelDocument}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}/outcome")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel (problem+json)")
public class OutcomeResource {

    private static final String PANEL_ID = "The panel's id";
    private static final String IF_MATCH = "The panel's ETag as last read";
    private static final String CHANGED = "The panel after the change, with its new ETag";
    private static final String CONFLICT = "Outcome already final, or changed since read without If-Match (problem+json)";
    private static final String STALE = "If-Match is not the current version (problem+json)";
    private static final String NOT_NOW = "Not allowed in the panel's state, or no draft yet (problem+json)";

    private final Caller caller;
    private final DraftOutcome draftOutcome;
    private final ReviewOutcome reviewOutcome;
    private final FinaliseOutcome finaliseOutcome;
    private final PrintPanelDocument printPanelDocument;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public OutcomeResource() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public OutcomeResource(Caller caller, DraftOutcome draftOutcome, ReviewOutcome reviewOutcome,
                           FinaliseOutcome finaliseOutcome, PrintPanelDocument printPanelDocument,
                           PanelReplies replies) {
        this.caller = caller;
        this.draftOutcome = draftOutcome;
        this.reviewOutcome = reviewOutcome;
        this.finaliseOutcome = finaliseOutcome;
        this.printPanelDocument = printPanelDocument;
        this.replies = replies;
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "The outcome as a PDF document (Accept: application/pdf): the clinical question, the outcome, "
            + "who drafted, reviewed and finalised it, and when; the patient by nickname, age and sex only. Its JSON "
            + "is the outcome field of GET /panels/{id}")
    @APIResponse(responseCode = "200", description = "The outcome, final or marked as a draft",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such panel, or no outcome drafted yet "
            + "(panel.outcome-not-found) (problem+json)")
    @APIResponse(responseCode = "406", description = "Accept does not allow application/pdf (problem+json)")
    public Response print(@Parameter(description = PANEL_ID) @PathParam("id") UUID id) {
        return PanelReplies.document(printPanelDocument.handle(
                new PrintPanelDocument.Query(caller.actor(), new PanelId(id), PrintPanelDocument.Document.OUTCOME)));
    }

    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = NOT_NOW)
    @PUT
    @Operation(summary = "Draft (or redraft) the outcome: conclusion, recommendations, treatment plan")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response draft(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                          @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull OutcomeDraftRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(draftOutcome.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = NOT_NOW)
    @POST
    @Path("reviews")
    @Operation(summary = "Review the outcome draft: agree or disagree, with an optional comment")
    public Response review(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OutcomeReviewRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(reviewOutcome.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @APIResponse(responseCode = "200", description = CHANGED,
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = NOT_NOW)
    @POST
    @Path("finalisation")
    @Operation(summary = "Finalise the outcome, so that the panel can close")
    public Response finalise(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(finaliseOutcome.handle(
                new FinaliseOutcome.Command(caller.actor(), panel, expected)));
    }
}
