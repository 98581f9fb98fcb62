package org.opencpms.adapters.rest.panel;

import static org.opencpms.adapters.rest.panel.PanelParameters.IF_MATCH;
import static org.opencpms.adapters.rest.panel.PanelParameters.PANEL_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.ListInvitableExperts;
import org.opencpms.domain.shared.PanelId;

/**
 * Assembling a panel: the experts one may invite ({@link ListInvitableExperts}), inviting one ({@link InviteExpert})
 * and the invitee's answer, accepting
 * ({@link AcceptInvitation}) or declining ({@link DeclineInvitation}, after which the invitee no longer sees the
 * panel: 204).
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
@APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
public class InvitationResource {

    private final Caller caller;
    private final InviteExpert inviteExpert;
    private final AcceptInvitation acceptInvitation;
    private final DeclineInvitation declineInvitation;
    private final ListInvitableExperts listInvitableExperts;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public InvitationResource() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public InvitationResource(Caller caller, InviteExpert inviteExpert, AcceptInvitation acceptInvitation,
                              DeclineInvitation declineInvitation, ListInvitableExperts listInvitableExperts,
                              PanelReplies replies) {
        this.caller = caller;
        this.inviteExpert = inviteExpert;
        this.acceptInvitation = acceptInvitation;
        this.declineInvitation = declineInvitation;
        this.listInvitableExperts = listInvitableExperts;
        this.replies = replies;
    }

    @POST
    @Path("invitations")
    @Operation(summary = "Invite an expert to the panel")
    @APIResponse(responseCode = "409", description = "Already invited, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "422", description = "Not now, or the invitee is not eligible (problem+json)")
    public Response invite(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                           @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull InvitationRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(inviteExpert.handle(request.toCommand(caller.actor(), panel, expected)));
    }

    @POST
    @Path("invitation/acceptance")
    @Operation(summary = "Accept the caller's invitation and become a member")
    @APIResponse(responseCode = "409", description = "Already answered, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response acceptInvitation(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                     @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                     String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(acceptInvitation.handle(
                new AcceptInvitation.Command(caller.actor(), panel, expected)));
    }

    @POST
    @Path("invitation/decline")
    @Operation(summary = "Decline the caller's invitation")
    @APIResponse(responseCode = "200", description = "The panel after the change, if the caller still sees it",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "204", description = "Declined; the caller no longer sees the panel")
    @APIResponse(responseCode = "409", description = "Already answered, or changed since read without If-Match "
            + "(problem+json)")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response declineInvitation(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                                      @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                                      String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(declineInvitation.handle(
                new DeclineInvitation.Command(caller.actor(), panel, expected)));
    }

    @GET
    @Path("invitable-experts")
    @Operation(summary = "The lead ERN's experts the caller may invite to the panel now, by name",
            description = "For the panel's lead and the lead ERN's coordinators, dispatchers and panel managers, in "
                    + "panel selection and assessment: those an invitation would accept (neither taking part nor "
                    + "invited).")
    @APIResponse(responseCode = "200", description = "The experts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExpertJson.class)))
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response invitableExperts(@Parameter(description = PANEL_ID) @PathParam("id") UUID id) {
        var experts = listInvitableExperts.handle(new ListInvitableExperts.Query(caller.actor(), new PanelId(id)));
        return Response.ok(experts.stream().map(ExpertJson::of).toList()).build();
    }
}
