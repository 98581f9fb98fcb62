package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.PanelParameters.IF_MATCH;
import static org.opencpms.adapters.rest.panel.PanelParameters.PANEL_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.ReturnToAssessment;
import org.opencpms.application.panel.ReturnToPanelSelection;
import org.opencpms.domain.shared.PanelId;

/**
 * The moves back of an open panel, saying why: from sign-off to assessment ({@link ReturnToAssessment}, a final
 * outcome becoming a draft again) and from assessment to panel selection ({@link ReturnToPanelSelection}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
        content = @Content(schema = @Schema(implementation = PanelJson.class)))
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or a deleted one (problem+json)")
@APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
@APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
@APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
public class StepBackResource {

    private final Caller caller;
    private final ReturnToAssessment returnToAssessment;
    private final ReturnToPanelSelection returnToPanelSelection;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public StepBackResource() {
        this(null, null, null, null);
    }

    @Inject
    public StepBackResource(Caller caller, ReturnToAssessment returnToAssessment,
                            ReturnToPanelSelection returnToPanelSelection, PanelReplies replies) {
        this.caller = caller;
        this.returnToAssessment = returnToAssessment;
        this.returnToPanelSelection = returnToPanelSelection;
        this.replies = replies;
    }

    @POST
    @Path("return-to-assessment")
    @Operation(summary = "Step back from sign-off to assessment, saying why; a final outcome becomes a draft again")
    public Response returnToAssessment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                       @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                       String ifMatch,
                                       @Valid @NotNull ReasonRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(returnToAssessment.handle(
                new ReturnToAssessment.Command(caller.actor(), panel, expected, request.reason())));
    }

    @POST
    @Path("return-to-panel-selection")
    @Operation(summary = "Step back from assessment to panel selection, saying why")
    public Response returnToPanelSelection(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                           String ifMatch,
                                           @Valid @NotNull ReasonRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(returnToPanelSelection.handle(
                new ReturnToPanelSelection.Command(caller.actor(), panel, expected, request.reason())));
    }
}
