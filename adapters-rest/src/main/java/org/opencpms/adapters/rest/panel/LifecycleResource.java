package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.PanelParameters.IF_MATCH;
import static org.opencpms.adapters.rest.panel.PanelParameters.PANEL_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.domain.shared.PanelId;

/**
 * The forward moves of an open panel through its lifecycle: submission of the draft ({@link SubmitPanel}), the start
 * of the assessment ({@link StartAssessment}) and of the sign-off ({@link StartSignOff}). Which move is legal, and for
 * whom, is the panel's state machine's decision; {@link StepBackResource} has the moves back.
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
public class LifecycleResource {

    private final Caller caller;
    private final SubmitPanel submitPanel;
    private final StartAssessment startAssessment;
    private final StartSignOff startSignOff;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public LifecycleResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public LifecycleResource(Caller caller, SubmitPanel submitPanel, StartAssessment startAssessment,
                             StartSignOff startSignOff, PanelReplies replies) {
        this.caller = caller;
        this.submitPanel = submitPanel;
        this.startAssessment = startAssessment;
        this.startSignOff = startSignOff;
        this.replies = replies;
    }

    @POST
    @Path("submission")
    @Operation(summary = "Submit the draft: DRAFT to PANEL_SELECTION, once the form is complete")
    @APIResponse(responseCode = "422", description = "Illegal move, incomplete form or no sharing consent (problem+json)")
    public Response submit(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(submitPanel.handle(new SubmitPanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("assessment")
    @Operation(summary = "End panel selection and start the assessment")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response startAssessment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                    @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(startAssessment.handle(
                new StartAssessment.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("sign-off")
    @Operation(summary = "End the assessment and start the sign-off")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response startSignOff(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                 @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(startSignOff.handle(new StartSignOff.Command(caller.actor(), panel, expected)));
    }
}
