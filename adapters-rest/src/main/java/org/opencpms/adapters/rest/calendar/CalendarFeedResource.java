package org.opencpms.adapters.rest.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.calendar.IssueCalendarFeed;
import org.opencpms.application.calendar.RevokeCalendarFeed;
import org.opencpms.domain.shared.UserId;

/**
 * A user's calendar feed: {@code POST /api/users/{id}/calendar-feed} gives a new secret address (the one before
 * stops answering), {@code DELETE} revokes it (idempotent). Users themselves only ({@code user.not-own-account} for anyone else).
 * Rooted at its whole literal path so that it hides none of {@code /api/users}'s other paths.
 */
@Path("users/{id}/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who am I, accounts, role grants, profile and notification preferences")
@APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not the caller's own account (user.not-own-account)")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class CalendarFeedResource {

    private final Caller caller;
    private final IssueCalendarFeed issue;
    private final RevokeCalendarFeed revoke;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public CalendarFeedResource() {
        this(null, null, null);
    }

    @Inject
    public CalendarFeedResource(Caller caller, IssueCalendarFeed issue, RevokeCalendarFeed revoke) {
        this.caller = caller;
        this.issue = issue;
        this.revoke = revoke;
    }

    @POST
    @Operation(summary = "Give me a new calendar feed of my meetings",
            description = "A secret address calendar clients subscribe to without signing in; shown once, stored "
                    + "only as a digest. Replaces (revokes) the feed before.")
    @APIResponse(responseCode = "201", description = "Issued; Location and url are the feed's secret address",
            content = @Content(schema = @Schema(implementation = CalendarFeedJson.class)))
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    public Response issue(@PathParam("id") String id, @Context UriInfo uriInfo) {
        var secret = issue.handle(new IssueCalendarFeed.Command(caller.actor(), userId(id)));
        var url = uriInfo.getBaseUriBuilder().path("calendar-feeds").path(secret.value() + ".ics").build();
        return Response.created(url).entity(new CalendarFeedJson(url.toString())).build();
    }

    @DELETE
    @Operation(summary = "Revoke my calendar feed", description = "Its address answers 404 from now on; "
            + "revoking when there is no feed changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none")
    @APIResponse(responseCode = "404", description = "No such user (user.not-found)")
    public Response revoke(@PathParam("id") String id) {
        revoke.handle(new RevokeCalendarFeed.Command(caller.actor(), userId(id)));
        return Response.noContent().build();
    }

    private static UserId userId(String id) {
        return WireValues.id(id, "id", UserId::of);
    }
}
