package org.opencpms.adapters.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.opencpms.application.notification.ListDeadMail;
import org.opencpms.application.notification.RetryDeadMail;
import org.opencpms.domain.notification.NotificationId;

/**
 * The mails the mail worker gave up on, for platform operators: {@link ListDeadMail}
 * ({@code GET /api/mail/dead?offset=&limit=}, the latest failed first) and {@link RetryDeadMail}
 * ({@code POST /api/mail/dead/{notification}/retry}: pending again, sent on the worker's next run).
 *
 * <p>Who may: platform operators only ({@code operator.required} for anyone else).
 */
@Path("mail/dead")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail", description = "E-mails given up on, for operators")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a platform operator (operator.required), or not registered")
@APIResponse(responseCode = "500", description = "Unexpected error; the problem carries the correlation id")
public class DeadMailResource {

    private final Caller caller;
    private final ListDeadMail list;
    private final RetryDeadMail retry;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public DeadMailResource() {
        this(null, null, null);
    }

    @Inject
    public DeadMailResource(Caller caller, ListDeadMail list, RetryDeadMail retry) {
        this.caller = caller;
        this.list = list;
        this.retry = retry;
    }

    @GET
    @Operation(summary = "List the mails given up on after their last try, the latest first")
    @APIResponse(responseCode = "200", description = "A page: { items: [DeadMail], next }",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = DeadMailJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true,
                            description = "The offset of the next page, null on the last")})))
    @APIResponse(responseCode = "400", description = "offset or limit out of range (offset.invalid, limit.invalid)")
    public Response dead(
            @Parameter(description = "Mails to skip (default 0)") @QueryParam(Paging.OFFSET) String offset,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam(Paging.LIMIT) String limit,
            @Context UriInfo uriInfo) {
        int from = Paging.offset(offset);
        int size = Paging.limit(limit);
        var dead = list.handle(new ListDeadMail.Query(caller.actor(), from, size));
        return PageJson.ofOffset(dead.stream().map(DeadMailJson::of).toList(), from, size).ok(uriInfo, Paging.OFFSET);
    }

    @POST
    @Path("{notification}/retry")
    @Operation(summary = "Send a dead mail again", description = "Pending again at once, with a fresh count of "
            + "attempts and the same Message-ID.")
    @APIResponse(responseCode = "204", description = "Pending again")
    @APIResponse(responseCode = "400", description = "notification is not a UUID (notification.invalid)")
    @APIResponse(responseCode = "404", description = "No dead mail for this notification (notification.not-found)")
    public Response retry(@PathParam("notification") String notification) {
        retry.handle(new RetryDeadMail.Command(caller.actor(), WireValues.id(notification, "notification",
                NotificationId::of)));
        return Response.noContent().build();
    }
}
