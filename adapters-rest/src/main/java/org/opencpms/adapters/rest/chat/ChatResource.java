package org.opencpms.adapters.rest.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.http.IdJson;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.adapters.rest.paging.Paging;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.chat.PostChatMessage;
import org.opencpms.application.chat.ReadChat;
import org.opencpms.application.chat.ViewChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's chat: reading its history page by page ({@link ReadChat}, whoever may see the panel), reading the one
 * message a post's {@code Location} names ({@link ViewChatMessage}, the same people) and posting one
 * ({@link PostChatMessage}, the panel's lead and members while the panel is active). Both rules are the domain's.
 * The chat is not versioned: posting takes no {@code If-Match}. Following it live: {@link ChatStreamResource}.
 */
@Path("panels/{id}/chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chat", description = "The chat of a panel")
@APIResponse(responseCode = "400", description = "Invalid request: body, field or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "403", description = "Not registered, or not allowed by the domain (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or a deleted one (problem+json)")
public class ChatResource {

    static final String BEFORE = "before";

    private final Caller caller;
    private final ReadChat readChat;
    private final PostChatMessage postChatMessage;
    private final ViewChatMessage viewChatMessage;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ChatResource() {
        this(null, null, null, null);
    }

    @Inject
    public ChatResource(Caller caller, ReadChat readChat, PostChatMessage postChatMessage,
                        ViewChatMessage viewChatMessage) {
        this.caller = caller;
        this.readChat = readChat;
        this.postChatMessage = postChatMessage;
        this.viewChatMessage = viewChatMessage;
    }

    @GET
    @Path("{messageId}")
    @Operation(summary = "Read one message of a panel's chat, with its position (the Location of a posted message)")
    @APIResponse(responseCode = "200", description = "The message",
            content = @Content(schema = @Schema(implementation = ChatMessageJson.class)))
    @APIResponse(responseCode = "404", description = "No such panel, or no such message in its chat "
            + "(chat-message.not-found) (problem+json)")
    public Response message(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                            @Parameter(description = "The message's id") @PathParam("messageId") UUID messageId) {
        var entry = viewChatMessage.handle(new ViewChatMessage.Query(caller.actor(), new PanelId(id),
                new ChatMessageId(messageId)));
        return Response.ok(ChatMessageJson.of(entry)).build();
    }

    @GET
    @Operation(summary = "Read a panel's chat a page at a time: the latest messages, or those before a position; "
            + "each page oldest first")
    @APIResponse(responseCode = "200", description = "One page; next (also in Link rel=next) is the before of the "
            + "older page, null when this page reaches the first message",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ChatMessageJson.class),
                    @SchemaProperty(name = "next", type = SchemaType.STRING, nullable = true)})))
    public Response read(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                         @Parameter(description = "How many messages, 1 to 500 (default 50)")
                         @QueryParam(Paging.LIMIT) String limit,
                         @Parameter(description = "Only messages before this position (the next of the newer page)")
                         @QueryParam(BEFORE) String before, @Context UriInfo uriInfo) {
        int size = Paging.limit(limit);
        var entries = readChat.handle(new ReadChat.Query(caller.actor(), new PanelId(id), position(before), size));
        var items = entries.stream().map(ChatMessageJson::of).toList();
        boolean older = items.size() == size && items.get(0).position() > 1;
        return new PageJson<>(items, older ? Long.toString(items.get(0).position()) : null).ok(uriInfo, BEFORE);
    }

    private static Long position(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(BEFORE, "before must be a chat position (a whole number)");
        }
    }

    @POST
    @Operation(summary = "Post a message in a panel's chat")
    @APIResponse(responseCode = "201", description = "Posted; Location names the message, the body holds its id",
            content = @Content(schema = @Schema(implementation = IdJson.class)))
    @APIResponse(responseCode = "422", description = "The panel is not active (problem+json)")
    public Response post(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                         @Valid @NotNull PostChatMessageRequest request, @Context UriInfo uriInfo) {
        var panel = new PanelId(id);
        var message = postChatMessage.handle(request.toCommand(caller.actor(), panel));
        var location = uriInfo.getBaseUriBuilder().path("panels").path(id.toString()).path("chat")
                .path(message.value().toString()).build();
        return Response.created(location).entity(new IdJson(message.value())).build();
    }
}
