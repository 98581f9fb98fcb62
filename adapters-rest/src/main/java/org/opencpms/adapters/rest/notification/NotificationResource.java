package org.opencpms.adapters.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.notification.MarkNotificationRead;
import org.opencpms.application.notification.ReadInbox;
import org.opencpms.application.notification.ReadNotification;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.shared.InvalidValue;

/**
 * The caller's in-app inbox: {@link ReadInbox} ({@code GET /api/notifications?unread=&offset=&limit=}, newest first),
 * {@link ReadNotification} ({@code GET /api/notifications/{id}}) and {@link MarkNotificationRead}
 * ({@code POST /api/notifications/{id}/read} marks it read, {@code DELETE} on the same path unread).
 *
 * <p>Who may: every registered user, for their own notifications only (another user's answer 404, like one that does
 * not exist).
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's in-app inbox")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not registered (user.not-registered)")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class NotificationResource {

    private final Caller caller;
    private final ReadInbox readInbox;
    private final ReadNotification readNotification;
    private final MarkNotificationRead markRead;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public NotificationResource() {
        this(null, null, null, null);
    }

    @Inject
    public NotificationResource(Caller caller, ReadInbox readInbox, ReadNotification readNotification,
                                MarkNotificationRead markRead) {
        this.caller = caller;
        this.readInbox = readInbox;
        this.readNotification = readNotification;
        this.markRead = markRead;
    }

    @GET
    @Operation(summary = "Read your in-app notifications, newest first",
            description = "Offset paging: `next` is the offset of the next page, announced whenever a page is full.")
    @APIResponse(responseCode = "200", description = "A page of notifications: { items: [Notification], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = NotificationJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "offset, limit or unread out of range (offset.invalid, "
            + "limit.invalid, unread.invalid)")
    public Response inbox(
            @Parameter(description = "Only the unread ones: true or false (default false)") @QueryParam("unread") String unread,
            @Parameter(description = "Notifications to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var notifications = readInbox.handle(new ReadInbox.Query(caller.actor(), unreadOnly(unread), from, size));
        return PageJson.ofOffset(notifications.stream().map(NotificationJson::of).toList(), from, size)
                .ok(uriInfo, Paging.OFFSET);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of your in-app notifications")
    @APIResponse(responseCode = "200", description = "The notification")
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "Not one of your notifications (notification.not-found)")
    public NotificationJson one(@PathParam("id") String id) {
        return NotificationJson.of(readNotification.handle(new ReadNotification.Query(caller.actor(), notificationId(id))));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of your notifications read", description = "Marking it read again keeps the first "
            + "read time. No If-Match: the mark is the same whoever sets it.")
    @APIResponse(responseCode = "200", description = "The notification as it is now")
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "Not one of your notifications (notification.not-found)")
    public NotificationJson markRead(@PathParam("id") String id) {
        return mark(id, true);
    }

    @DELETE
    @Path("{id}/read")
    @Operation(summary = "Mark one of your notifications unread")
    @APIResponse(responseCode = "200", description = "The notification as it is now")
    @APIResponse(responseCode = "400", description = "id is not a UUID (id.invalid)")
    @APIResponse(responseCode = "404", description = "Not one of your notifications (notification.not-found)")
    public NotificationJson markUnread(@PathParam("id") String id) {
        return mark(id, false);
    }

    private NotificationJson mark(String id, boolean read) {
        return NotificationJson.of(markRead.handle(
                new MarkNotificationRead.Command(caller.actor(), notificationId(id), read)));
    }

    private static NotificationId notificationId(String id) {
        return WireValues.id(id, "id", NotificationId::of);
    }

    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.equals("false")) {
            return false;
        }
        if (unread.equals("true")) {
            return true;
        }
        throw new InvalidValue("unread", "unread is true or false");
    }
}
