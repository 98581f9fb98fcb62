package org.opencpms.adapters.rest.panel;

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
import org.opencpms.application.panel.CommentOnContribution;
import org.opencpms.application.panel.ReadContributionComments;
import org.opencpms.application.panel.RecordContribution;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/**
 * Contributions to a panel's assessment: a participant records or revises their own ({@link RecordContribution})
 * and comments on another participant's ({@link CommentOnContribution}, the contribution named by its author's user
 * id). Who may contribute and comment, and when, is the panel's decision. Both answer the panel after the change with
 * its {@code ETag} and take {@code If-Match}. Whoever sees the panel reads a contribution's comments a page at a time
 * ({@link ReadContributionComments}; the panel itself carries only the latest page of each).
 */
@OnePanelChangeAtATime
@Path("panels/{id}/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
        content = @Content(schema = @Schema(implementation = PanelJson.class)))
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not a participant (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel or contribution (problem+json)")
@APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
@APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
@APIResponse(responseCode = "422", description = "Not allowed in the panel's state, or own contribution "
        + "(problem+json)")
public class ContributionResource {

    private final Caller caller;
    private final RecordContribution recordContribution;
    private final CommentOnContribution commentOnContribution;
    private final ReadContributionComments readComments;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ContributionResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public ContributionResource(Caller caller, RecordContribution recordContribution,
                                CommentOnContribution commentOnContribution, ReadContributionComments readComments,
                                PanelReplies replies) {
        this.caller = caller;
        this.recordContribution = recordContribution;
        this.commentOnContribution = commentOnContribution;
        this.readComments = readComments;
        this.replies = replies;
    }

    @POST
    @Operation(summary = "Record (or revise) the caller's assessment of the case")
    public Response contribute(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                               @Parameter(description = "The panel's ETag as last read")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TextRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(AdditiveChange.apply(expected, () -> recordContribution.handle(
                new RecordContribution.Command(caller.actor(), panel, expected, request.text()))));
    }

    @GET
    @Path("{authorId}/comments")
    @Operation(summary = "Read the comments on a contribution a page at a time: the latest, or those before a "
            + "position; each page oldest first")
    @APIResponse(responseCode = "200", description = "One page; next (also in Link rel=next) is the before of the "
            + "older page, null when this page reaches the first comment",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = CommentEntryJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true)})))
    public Response comments(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                             @Parameter(description = "The user id of the contribution's author")
                             @PathParam("authorId") UUID authorId,
                             @Parameter(description = CommentPages.LIMIT_DESCRIPTION)
                             @QueryParam(Paging.LIMIT) String limit,
                             @Parameter(description = CommentPages.BEFORE_DESCRIPTION)
                             @QueryParam(CommentPages.BEFORE) String before, @Context UriInfo uriInfo) {
        var page = readComments.handle(new ReadContributionComments.Query(caller.actor(), new PanelId(id),
                new UserId(authorId), CommentPages.position(before), Paging.limit(limit)));
        return CommentPages.ok(page, uriInfo);
    }

    @POST
    @Path("{authorId}/comments")
    @Operation(summary = "Comment on another participant's contribution")
    public Response comment(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                            @Parameter(description = "The user id of the contribution's author")
                            @PathParam("authorId") UUID authorId,
                            @Parameter(description = "The panel's ETag as last read")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TextRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(AdditiveChange.apply(expected, () -> commentOnContribution.handle(
                new CommentOnContribution.Command(caller.actor(), panel, expected, new UserId(authorId),
                        request.text()))));
    }
}
