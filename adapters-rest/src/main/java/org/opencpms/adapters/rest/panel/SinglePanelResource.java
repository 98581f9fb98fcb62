package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.PanelParameters.IF_MATCH;
import static org.opencpms.adapters.rest.panel.PanelParameters.PANEL_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.DeletePanel;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.domain.shared.PanelId;

/**
 * One panel itself: viewing it ({@link ViewPanel}, the only endpoint that reads a panel as it is: every change answers
 * what its own use case returned) and throwing a draft away ({@link DeletePanel}).
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
public class SinglePanelResource {

    private final Caller caller;
    private final ViewPanel viewPanel;
    private final DeletePanel deletePanel;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public SinglePanelResource() {
        this(null, null, null, null);
    }

    @Inject
    public SinglePanelResource(Caller caller, ViewPanel viewPanel, DeletePanel deletePanel, PanelReplies replies) {
        this.caller = caller;
        this.viewPanel = viewPanel;
        this.deletePanel = deletePanel;
        this.replies = replies;
    }

    @GET
    @Operation(summary = "View a panel; its ETag is the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The panel", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response view(@Parameter(description = PANEL_ID) @PathParam("id") UUID id) {
        return replies.ok(viewPanel.handle(new ViewPanel.Query(caller.actor(), new PanelId(id))));
    }

    @DELETE
    @Operation(summary = "Throw a draft panel away")
    @APIResponse(responseCode = "204", description = "Deleted; nobody sees the panel any more")
    @APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
    @APIResponse(responseCode = "422", description = "The panel is not a draft (problem+json)")
    public Response delete(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        deletePanel.handle(new DeletePanel.Command(caller.actor(), new PanelId(id), expected));
        return Response.noContent().build();
    }
}
