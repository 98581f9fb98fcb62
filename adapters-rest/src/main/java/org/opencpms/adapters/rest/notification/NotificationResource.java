package org.opencpms.adapters.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.notification.ReadInbox;

/**
 * The caller's in-app inbox: {@link ReadInbox} ({@code GET /api/notifications?offset=&limit=}), newest first.
 *
 * <p>Who may: every registered user, for their own inbox only (the use case reads the actor's own; there is no way to
 * name another user's).
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's in-app inbox")
public class NotificationResource {

    private final Caller caller;
    private final ReadInbox readInbox;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public NotificationResource() {
        this(null, null);
    }

    @Inject
    public NotificationResource(Caller caller, ReadInbox readInbox) {
        this.caller = caller;
        this.readInbox = readInbox;
    }

    @GET
    @Operation(summary = "Read your in-app notifications, newest first",
            description = "Offset paging: `next` is the offset of the next page, announced whenever a page is full.")
    @APIResponse(responseCode = "200", description = "A page of notifications: { items: [Notification], next }")
    @APIResponse(responseCode = "400", description = "offset or limit out of range (offset.invalid, limit.invalid)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not registered (user.not-registered)")
    @APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
    public Response inbox(
            @Parameter(description = "Notifications to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var notifications = readInbox.handle(new ReadInbox.Query(caller.actor(), from, size));
        return PageJson.ofOffset(notifications.stream().map(NotificationJson::of).toList(), from, size)
                .ok(uriInfo, Paging.OFFSET);
    }
}
