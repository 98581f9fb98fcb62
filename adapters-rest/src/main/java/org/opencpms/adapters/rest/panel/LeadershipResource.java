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
import org.opencpms.application.panel.ForwardPanel;
import org.opencpms.application.panel.HandOverPanel;
import org.opencpms.application.panel.SetDeadline;
import org.opencpms.domain.shared.PanelId;

/**
 * Who leads a panel, in which ERN, and by when: forwarding it to another ERN ({@link ForwardPanel}, which takes it out
 * of the forwarding coordinator's sight: 204), handing it over to a member ({@link HandOverPanel}) and setting the
 * deadline for the outcome ({@link SetDeadline}).
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
public class LeadershipResource {

    private final Caller caller;
    private final ForwardPanel forwardPanel;
    private final HandOverPanel handOverPanel;
    private final SetDeadline setDeadline;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public LeadershipResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public LeadershipResource(Caller caller, ForwardPanel forwardPanel, HandOverPanel handOverPanel,
                              SetDeadline setDeadline, PanelReplies replies) {
        this.caller = caller;
        this.forwardPanel = forwardPanel;
        this.handOverPanel = handOverPanel;
        this.setDeadline = setDeadline;
        this.replies = replies;
    }

    @POST
    @Path("forwarding")
    @Operation(summary = "Forward the panel to another ERN, which becomes its lead ERN")
    @APIResponse(responseCode = "204", description = "Forwarded; the caller no longer sees the panel")
    @APIResponse(responseCode = "422", description = "Not now, or to the same ERN (problem+json)")
    public Response forward(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ForwardRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(forwardPanel.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("handover")
    @Operation(summary = "Hand the panel over to a member; the previous lead stays on as a member")
    @APIResponse(responseCode = "422", description = "Not now, or the new lead is not eligible (problem+json)")
    public Response handOver(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                             @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull HandoverRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(handOverPanel.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("deadline")
    @Operation(summary = "Set the date by which the lead wants the outcome")
    @APIResponse(responseCode = "422", description = "Not now, or not in the future (problem+json)")
    public Response setDeadline(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull DeadlineRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(setDeadline.handle(request.toCommand(caller.actor(), panel, expected)));
    }
}
