package org.opencpms.adapters.rest.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.user.ChooseNotificationChannel;
import org.opencpms.application.user.GrantRole;
import org.opencpms.application.user.RevokeRole;
import org.opencpms.application.user.UpdateProfile;
import org.opencpms.application.user.ViewUser;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationKind;

/**
 * User accounts: {@link ViewUser} ({@code GET /api/users/{id}}, with ETag), {@link UpdateProfile}
 * ({@code PUT /api/users/{id}/profile}), {@link GrantRole} ({@code POST /api/users/{id}/grants}), {@link RevokeRole}
 * ({@code POST /api/users/{id}/grants/revocation}, body = the grant) and {@link ChooseNotificationChannel}
 * ({@code PUT /api/users/{id}/notification-channels/{kind}}); every change takes the account's version in If-Match.
 *
 * <p>Who may (the domain decides: {@code AccessPolicy.requireViewUser} and the {@code User} aggregate): a user views
 * and changes their own account, a coordinator views anyone's; a role in an ERN is granted and revoked by a
 * coordinator of that ERN, a centre assistant grant by any coordinator, a guest expert grant by a health
 * professional, a network-wide auditor grant by a network-wide auditor.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who am I, accounts, role grants, profile and notification preferences")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not registered (user.not-registered), or not allowed by the domain "
        + "(access.user-forbidden, user.not-own-account, user.grant-forbidden)")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class UserResource {

    private final Caller caller;
    private final ViewUser viewUser;
    private final UpdateProfile updateProfile;
    private final GrantRole grantRole;
    private final RevokeRole revokeRole;
    private final ChooseNotificationChannel chooseNotificationChannel;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public UserResource() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public UserResource(Caller caller, ViewUser viewUser, UpdateProfile updateProfile, GrantRole grantRole,
                        RevokeRole revokeRole, ChooseNotificationChannel chooseNotificationChannel) {
        this.caller = caller;
        this.viewUser = viewUser;
        this.updateProfile = updateProfile;
        this.grantRole = grantRole;
        this.revokeRole = revokeRole;
        this.chooseNotificationChannel = chooseNotificationChannel;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "View a user's account",
            description = "The ETag is the account's version, for the If-Match of a change.")
    @APIResponse(responseCode = "200", description = "The account; ETag: \"<version>\"",
            content = @Content(schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    public Response view(@PathParam("id") String id) {
        var view = viewUser.handle(new ViewUser.Query(caller.actor(), userId(id)));
        return Response.ok(UserJson.of(view)).header(HttpHeaders.ETAG, IfMatch.etag(view.version())).build();
    }

    @PUT
    @Path("{id}/profile")
    @Operation(summary = "Change your display name, e-mail address, country and e-mail language",
            description = "language: en, de or fr; absent keeps the language chosen before (at first en).")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently and no If-Match version was sent (user.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (user.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response updateProfile(@PathParam("id") String id,
                                  @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull UpdateProfileRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        updateProfile.handle(body.toCommand(caller.actor(), userId(id), expected));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/grants")
    @Operation(summary = "Grant the user a role")
    @APIResponse(responseCode = "204", description = "Granted")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match; fields that do not fit the role "
            + "(role-grant.invalid)")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently and no If-Match version was sent (user.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (user.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "422", description = "Assistant of someone who is not an HP of the centre "
            + "(user.acting-for-not-hp), assistant of oneself, assistant and guest at once")
    public Response grant(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull GrantJson body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        grantRole.handle(new GrantRole.Command(caller.actor(), userId(id), expected, body.toDomain()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/grants/revocation")
    @Operation(summary = "Revoke a role the user holds", description = "The body is the grant to take back.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", description = "Invalid body, id or If-Match")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently and no If-Match version was sent (user.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (user.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    public Response revoke(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull GrantJson body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        revokeRole.handle(new RevokeRole.Command(caller.actor(), userId(id), expected, body.toDomain()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/notification-channels/{kind}")
    @Operation(summary = "Choose how you hear about one kind of notification",
            description = "kind: INVITATION, COMMENT, DATA_REQUEST, MEETING, OUTCOME_READY, OUTCOME_FINAL, "
                    + "PANEL_FORWARDED, ACCESS_DECISION; "
                    + "channel: IN_APP, EMAIL, BOTH, NONE.")
    @APIResponse(responseCode = "204", description = "Chosen")
    @APIResponse(responseCode = "400", description = "Unknown kind or channel (kind.invalid, channel.invalid), invalid "
            + "id or If-Match")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    @APIResponse(responseCode = "409", description = "Changed concurrently and no If-Match version was sent (user.concurrent-update)")
    @APIResponse(responseCode = "412", description = "If-Match names an old version (user.concurrent-update)")
    @APIResponse(responseCode = "413", description = "Body over 1 MiB")
    @APIResponse(responseCode = "415", description = "Body is not application/json")
    @APIResponse(responseCode = "428", description = IfMatch.REQUIRED_RESPONSE)
    public Response chooseChannel(@PathParam("id") String id,
                                  @Parameter(schema = @Schema(implementation = NotificationKind.class))
                                  @PathParam("kind") String kind,
                                  @Parameter(description = IfMatch.REQUIRED_PARAMETER, required = true)
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull NotificationChannelRequest body) {
        var expected = IfMatch.parse(ifMatch).expectedVersion();
        chooseNotificationChannel.handle(body.toCommand(caller.actor(), userId(id), kind, expected));
        return Response.noContent().build();
    }

    private static UserId userId(String id) {
        return WireValues.id(id, "id", UserId::of);
    }
}
