package org.opencpms.adapters.rest.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.ListMyPanels;
import org.opencpms.application.panel.OpenPanel;

/**
 * Virtual consultation panels as a collection: opening a draft ({@link OpenPanel}) and listing "my panels"
 * ({@link ListMyPanels}). One panel, under {@code /api/panels/{id}}, is served by classes of one job each, on the
 * class path {@code panels/{id}} (JAX-RS pools the methods of classes with the same path template) or below it:
 * {@link SinglePanelResource} (view, deletion), {@link FormResource} (form, copy), {@link LifecycleResource} and
 * {@link StepBackResource} (the moves of an open panel), {@link ClosingResource} (closure, rating, archival,
 * abortion), {@link LeadershipResource} (forwarding, handover, deadline), {@link InvitationResource} (invitations and
 * their answers), {@link TimelineResource}, and the parts with sub-paths of their own (data requests, contributions,
 * meetings, outcome, studies). Every change answers what its own use case returned, in its one transaction.
 *
 * <p>Callers are registered users; who may do what is decided by the panel and the access policy in the domain
 * (typically: the lead edits and moves the panel, coordinators of the lead ERN forward it, dispatchers and panel
 * managers help assemble it, invitees answer, participants comment), never here. A panel's {@code GET} and every
 * change answer the panel with {@code ETag: "<version>"}; changes take {@code If-Match} (412 when it is stale, 409
 * when an unconditional change clashed). A change that takes the panel out of the caller's sight answers 204.
 */
@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels", description = "Virtual consultation panels: form, lifecycle, invitations, timeline")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or a deleted one (problem+json)")
public class PanelResource {

    private final Caller caller;
    private final OpenPanel openPanel;
    private final ListMyPanels listMyPanels;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public PanelResource() {
        this(null, null, null, null);
    }

    @Inject
    public PanelResource(Caller caller, OpenPanel openPanel, ListMyPanels listMyPanels, PanelReplies replies) {
        this.caller = caller;
        this.openPanel = openPanel;
        this.listMyPanels = listMyPanels;
        this.replies = replies;
    }

    @POST
    @Operation(summary = "Open a draft panel for a patient, led by the caller in one of their ERNs")
    @APIResponse(responseCode = "201", description = "The new draft panel; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "422", description = "The patient's consents do not allow panels (problem+json)")
    public Response open(@Valid @NotNull OpenPanelRequest request, @Context UriInfo uriInfo) {
        var opened = openPanel.handle(request.toCommand(caller.actor()));
        return replies.created(PanelReplies.location(uriInfo, opened.id()), opened.panel(), opened.id().value());
    }

    @GET
    @Operation(summary = "List my panels: led, joined or invited to, the most recently drafted first")
    @APIResponse(responseCode = "200", description = "A page of panels; Link rel=\"next\" when more follow",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = PanelSummaryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The after cursor of the next page, null on the last")})))
    public Response list(
            @Parameter(description = "The next cursor of the previous page") @QueryParam(Paging.AFTER) String after,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int size = Paging.limit(limit);
        var page = listMyPanels.handle(new ListMyPanels.Query(caller.actor(), Paging.after(after), size));
        return new PageJson<>(page.items().stream().map(PanelSummaryJson::of).toList(), page.next().orElse(null))
                .ok(uriInfo, Paging.AFTER);
    }
}
