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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.ViewPanelItem;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.shared.PanelId;

/**
 * Requests for additional data on a panel: a member asks ({@link RequestAdditionalData}), the lead or the lead's
 * centre assistant answers, possibly adding documents or studies ({@link AnswerDataRequest}). Who may ask and answer,
 * and when, is the panel's decision. Both answer the panel after the change with its {@code ETag} and take
 * {@code If-Match}; a new request answers {@code 201} with the request's URI in {@code Location}, where whoever sees
 * the panel reads it ({@link ViewPanelItem}).
 */
@OnePanelChangeAtATime
@Path("panels/{id}/data-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Panels")
@APIResponse(responseCode = "400", description = "Invalid request: body, field, parameter or If-Match (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel or data request (problem+json)")
@APIResponse(responseCode = "409", description = "Changed since read without If-Match (problem+json)")
@APIResponse(responseCode = "412", description = "If-Match is not the current version (problem+json)")
@APIResponse(responseCode = "422", description = "Not allowed in the panel's state (problem+json)")
public class DataRequestResource {

    private final Caller caller;
    private final RequestAdditionalData requestAdditionalData;
    private final AnswerDataRequest answerDataRequest;
    private final ViewPanelItem viewPanelItem;
    private final PanelReplies replies;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public DataRequestResource() {
        this(null, null, null, null, null);
    }

    @Inject
    public DataRequestResource(Caller caller, RequestAdditionalData requestAdditionalData,
                               AnswerDataRequest answerDataRequest, ViewPanelItem viewPanelItem, PanelReplies replies) {
        this.caller = caller;
        this.requestAdditionalData = requestAdditionalData;
        this.answerDataRequest = answerDataRequest;
        this.viewPanelItem = viewPanelItem;
        this.replies = replies;
    }

    @GET
    @Path("{requestId}")
    @Operation(summary = "View one request for additional data, with its answer once given; the ETag is the panel's "
            + "version")
    @APIResponse(responseCode = "200", description = "The data request", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PanelJson.DataRequestJson.class)))
    public Response view(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                         @Parameter(description = "The data request's id") @PathParam("requestId") UUID requestId) {
        var query = new ViewPanelItem.DataRequestQuery(caller.actor(), new PanelId(id), new DataRequestId(requestId));
        return PanelReplies.item(viewPanelItem.handle(query), PanelJson.DataRequestJson::of);
    }

    @POST
    @Operation(summary = "Ask the panel lead for additional data about the case")
    @APIResponse(responseCode = "201", description = "The panel after the change, with its new ETag; Location names "
            + "the data request", content = @Content(schema = @Schema(implementation = PanelJson.class)))
    public Response request(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                            @Parameter(description = "The panel's ETag as last read") @HeaderParam(HttpHeaders.IF_MATCH)
                            String ifMatch,
                            @Valid @NotNull TextRequest request, @Context UriInfo uriInfo) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        var created = requestAdditionalData.handle(
                new RequestAdditionalData.Command(caller.actor(), panel, expected, request.text()));
        return replies.created(PanelReplies.location(uriInfo, panel, "data-requests", created.id().toString()),
                created.panel(), created.id().value());
    }

    @POST
    @Path("{requestId}/answer")
    @Operation(summary = "Answer a request for additional data, possibly adding documents or imaging studies")
    @APIResponse(responseCode = "200", description = "The panel after the change, with its new ETag",
            content = @Content(schema = @Schema(implementation = PanelJson.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or changed since read without If-Match "
            + "(problem+json)")
    public Response answer(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                           @Parameter(description = "The data request's id") @PathParam("requestId") UUID requestId,
                           @Parameter(description = "The panel's ETag as last read") @HeaderParam(HttpHeaders.IF_MATCH)
                           String ifMatch,
                           @Valid @NotNull DataAnswerRequest request) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        var panel = new PanelId(id);
        return replies.changed(answerDataRequest.handle(
                request.toCommand(caller.actor(), panel, expected, new DataRequestId(requestId))));
    }
}
