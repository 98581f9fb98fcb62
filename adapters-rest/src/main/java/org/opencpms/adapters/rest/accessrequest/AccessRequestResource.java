package org.opencpms.adapters.rest.accessrequest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.ListPendingAccessRequests;
import org.opencpms.application.accessrequest.RejectAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.accessrequest.ViewAccessRequest;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.reference.Ern;

/**
 * Access requests: {@link RequestAccess} ({@code POST /api/access-requests}, registering a newcomer first with
 * {@link RegisterUser}), {@link ListPendingAccessRequests} ({@code GET /api/access-requests?ern=}),
 * {@link AcceptAccessRequest} ({@code POST /api/access-requests/{id}/acceptance}) and {@link RejectAccessRequest}
 * ({@code POST /api/access-requests/{id}/rejection}); decisions take the request's version in If-Match.
 *
 * <p>Who may: anyone signed in files a request — the only thing an unregistered subject may do; the domain refuses a
 * centre outside the ERN and roles that cannot be asked for. The coordinators of the ERN list and decide requests
 * ({@code AccessPolicy.requireListAccessRequests}, {@code AccessRequest.accept/reject}), never their own.
 */
@Path("access-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access requests", description = "Asking for roles in an ERN, and the coordinators' decisions")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class AccessRequestResource {

    private final Caller caller;
    private final RegisterUser registerUser;
    private final RequestAccess requestAccess;
    private final ListPendingAccessRequests listPending;
    private final AcceptAccessRequest acceptAccessRequest;
    private final RejectAccessRequest rejectAccessRequest;
    private final ViewAccessRequest viewAccessRequest;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public AccessRequestResource() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public AccessRequestResource(Caller caller, RegisterUser registerUser, RequestAccess requestAccess,
                                 ListPendingAccessRequests listPending, AcceptAccessRequest acceptAccessRequest,
                                 RejectAccessRequest rejectAccessRequest, ViewAccessRequest viewAccessRequest) {
        this.caller = caller;
        this.registerUser = registerUser;
        this.requestAccess = requestAccess;
        this.listPending = listPending;
        this.acceptAccessRequest = acceptAccessRequest;
        this.rejectAccessRequest = rejectAccessRequest;
        this.viewAccessRequest = viewAccessRequest;
    }

    @POST
    @Operation(summary = "Ask for roles in an ERN at a centre",
            description = "A signed-in subject OpenCPMS does not know yet is registered first from the token's "
                    + "claims (name and e-mail; the body's win) and the body's country, then the request is filed. "
                    + "The request is checked before anyone is registered; registration and filing are two steps, "
                    + "so a request the domain then refuses leaves the newcomer registered (they may file again).")
    @APIResponse(responseCode = "201", description = "Filed; Location is the request",
            content = @Content(schema = @Schema(implementation = IdJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (request.invalid, ern.invalid, roles.invalid, "
            + "country.invalid, email.invalid, acting-for.invalid...)")
    @APIResponse(responseCode = "404", description = "No such centre (healthcare-provider.not-found)")
    @APIResponse(responseCode = "409", description = "Registered concurrently by another request (user.already-registered)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Centre not in the ERN (access-request.centre-not-in-ern), "
            + "assistant for oneself or for someone who is not an HP there")
    public Response file(@Valid @NotNull FileAccessRequest body, @Context UriInfo uriInfo) {
        var requested = body.requested();
        var actor = caller.registered().orElseGet(() -> registerUser.handle(
                body.registration(caller.subject(), caller.displayName(), caller.email())).asActor());
        var id = requestAccess.handle(new RequestAccess.Command(actor, requested, body.motivation()));
        var json = new IdJson(id.value());
        return Response.created(uriInfo.getBaseUri().resolve("access-requests/" + json.id())).entity(json).build();
    }

    @GET
    @Operation(summary = "List the access requests waiting for a decision in an ERN, oldest first",
            description = "For the ERN's coordinators. Each request carries its version for the If-Match of the "
                    + "decision. Offset paging.")
    @APIResponse(responseCode = "200", description = "A page of requests: { items: [AccessRequest], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = AccessRequestJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "ern missing or unknown, offset or limit out of range")
    @APIResponse(responseCode = "403", description = "Not registered, or not a coordinator of the ERN "
            + "(access-request.list-forbidden)")
    public Response pending(
            @Parameter(description = "The ERN, by name (ERKNET) or code (ERKNet)", required = true,
                    schema = @Schema(implementation = Ern.class)) @QueryParam("ern") String ern,
            @Parameter(description = "Requests to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var pending = listPending.handle(new ListPendingAccessRequests.Query(caller.actor(), WireValues.ern(ern, "ern")));
        return PageJson.slice(pending, from, size).map(AccessRequestJson::of).ok(uriInfo, Paging.OFFSET);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View one access request, decided or not; its ETag is the version a decision sends in If-Match",
            description = "For the one who filed it and the coordinators of its ERN; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The access request", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = AccessRequestJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid id (id.invalid)")
    @APIResponse(responseCode = "404", description = "No such access request, or not yours to read "
            + "(access-request.not-found)")
    public Response view(@PathParam("id") String id) {
        var view = viewAccessRequest.handle(new ViewAccessRequest.Query(caller.actor(),
                WireValues.id(id, "id", AccessRequestId::of)));
        return Response.ok(AccessRequestJson.of(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.request().version()))
                .build();
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept an access request: the requester receives the roles asked for",
            description = "No body.")
    @APIResponse(responseCode = "204", description = "Accepted")
    @APIResponse(responseCode = "400", description = "id not a UUID, malformed If-Match")
    @APIResponse(responseCode = "403", description = "Not registered, not a coordinator of the ERN "
            + "(access-request.not-coordinator), or one's own request (access-request.own-request)")
    @APIResponse(responseCode = "404", description = "No such request (access-request.not-found)")
    @APIResponse(responseCode = "409", description = "Already decided (access-request.already-decided), or changed "
            + "concurrently and no If-Match was sent (access-request.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (access-request.concurrent-update)")
    @APIResponse(responseCode = "422", description = "The HP an assistant asked to act for is no longer one there "
            + "(user.acting-for-not-hp)")
    public Response accept(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        acceptAccessRequest.handle(new AcceptAccessRequest.Command(caller.actor(), requestId(id), expected));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject an access request, giving the reason")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match")
    @APIResponse(responseCode = "403", description = "Not registered, not a coordinator of the ERN "
            + "(access-request.not-coordinator), or one's own request (access-request.own-request)")
    @APIResponse(responseCode = "404", description = "No such request (access-request.not-found)")
    @APIResponse(responseCode = "409", description = "Already decided (access-request.already-decided), or changed "
            + "concurrently and no If-Match was sent (access-request.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (access-request.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RejectionRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        rejectAccessRequest.handle(body.toCommand(caller.actor(), requestId(id), expected));
        return Response.noContent().build();
    }

    private static AccessRequestId requestId(String id) {
        return WireValues.id(id, "id", AccessRequestId::of);
    }
}
