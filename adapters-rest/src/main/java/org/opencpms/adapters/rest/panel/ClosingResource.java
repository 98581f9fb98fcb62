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
import org.opencpms.application.panel.AbortPanel;
import org.opencpms.application.panel.ArchivePanel;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.domain.shared.PanelId;

/**
 * How a panel ends: closure once the outcome is final ({@link ClosePanel}), the usefulness rating of a closed panel
 * ({@link RateUsefulness}), archival ({@link ArchivePanel}), or abortion before it closes ({@link AbortPanel}).
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
public class ClosingResource {

    private final Caller caller;
    private final ClosePanel closePanel;
    private final RateUsefulness rateUsefulness;
    private final ArchivePanel archivePanel;
    private final AbortPanel abortPanel;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ClosingResource() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public ClosingResource(Caller caller, ClosePanel closePanel, RateUsefulness rateUsefulness,
                           ArchivePanel archivePanel, AbortPanel abortPanel, PanelReplies replies) {
        this.caller = caller;
        this.closePanel = closePanel;
        this.rateUsefulness = rateUsefulness;
        this.archivePanel = archivePanel;
        this.abortPanel = abortPanel;
        this.replies = replies;
    }

    @POST
    @Path("closure")
    @Operation(summary = "Close the panel once the outcome is final and the quorum of contributions is reached")
    @APIResponse(responseCode = "422", description = "Illegal move, outcome not final or quorum not reached (problem+json)")
    public Response close(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                          @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(closePanel.handle(new ClosePanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("usefulness")
    @Operation(summary = "Rate how useful the closed panel was, from 1 to 5")
    @APIResponse(responseCode = "422", description = "The panel is not closed yet (problem+json)")
    public Response rateUsefulness(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                   @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                   String ifMatch,
                                   @Valid @NotNull UsefulnessRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(rateUsefulness.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("archival")
    @Operation(summary = "Archive a closed panel")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response archive(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(archivePanel.handle(new ArchivePanel.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("abortion")
    @Operation(summary = "Give the panel up before it closes, saying why")
    @APIResponse(responseCode = "422", description = "Illegal move (problem+json)")
    public Response abort(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                          @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull ReasonRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(abortPanel.handle(
                new AbortPanel.Command(caller.actor(), panel, expected, request.reason())));
    }
}
