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
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.ReadTimeline;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's timeline: whoever sees the panel reads it a page at a time ({@link ReadTimeline}; the panel itself carries
 * only the latest page); a participant comments ({@link CommentOnTimeline}); a comment collides with no other, so
 * without {@code If-Match} it is tried again on a concurrent change ({@link AdditiveChange}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}/timeline")
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
public class TimelineResource {

    private final Caller caller;
    private final ReadTimeline readTimeline;
    private final CommentOnTimeline commentOnTimeline;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public TimelineResource() {
        this(null, null, null, null);
    }

    @Inject
    public TimelineResource(Caller caller, ReadTimeline readTimeline, CommentOnTimeline commentOnTimeline,
                            PanelReplies replies) {
        this.caller = caller;
        this.readTimeline = readTimeline;
        this.commentOnTimeline = commentOnTimeline;
        this.replies = replies;
    }

    @GET
    @Operation(summary = "Read a panel's timeline a page at a time: the latest comments, or those before a position; "
            + "each page oldest first")
    @APIResponse(responseCode = "200", description = "One page; next (also in Link rel=next) is the before of the "
            + "older page, null when this page reaches the first comment",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = CommentEntryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true)})))
    public Response read(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                         @Parameter(description = CommentPages.LIMIT_DESCRIPTION)
                         @QueryParam(Paging.LIMIT) String limit,
                         @Parameter(description = CommentPages.BEFORE_DESCRIPTION)
                         @QueryParam(CommentPages.BEFORE) String before, @Context UriInfo uriInfo) {
        var page = readTimeline.handle(new ReadTimeline.Query(caller.actor(), new PanelId(id),
                CommentPages.position(before), Paging.limit(limit)));
        return CommentPages.ok(page, uriInfo);
    }

    @POST
    @Operation(summary = "Comment in the panel's timeline")
    @APIResponse(responseCode = "422", description = "Not now (problem+json)")
    public Response comment(@Parameter(description = PANEL_ID) @PathParam("id") UUID id,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TextRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(AdditiveChange.apply(expected, () -> commentOnTimeline.handle(
                new CommentOnTimeline.Command(caller.actor(), panel, expected, request.text()))));
    }
}
