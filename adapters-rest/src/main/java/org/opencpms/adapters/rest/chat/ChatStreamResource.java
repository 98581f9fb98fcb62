package org.opencpms.adapters.rest.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.chat.FollowChat;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;

/**
 * A panel's chat live, as Server-Sent Events ({@link FollowChat}: whoever may read the chat). Each event is one
 * message, its {@code id} the message's position; a client that reconnects with {@code Last-Event-ID} (or
 * {@code ?after=}, for a first connection after reading the history) first gets what it missed, then the new messages,
 * each once. An outsider gets the same 404 as for the history, before the stream opens.
 */
@Path("panels/{id}/chat/stream")
@RequestScoped
@Tag(name = "Chat", description = "The chat of a panel")
@APIResponse(responseCode = "400", description = "Last-Event-ID or after is not a position (problem+json)")
@APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")
@APIResponse(responseCode = "404", description = "No such panel, or one the caller may not see (problem+json)")
public class ChatStreamResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final Caller caller;
    private final FollowChat followChat;
    private final ChatEventJson json;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public ChatStreamResource() {
        this(null, null, null);
    }

    @Inject
    public ChatStreamResource(Caller caller, FollowChat followChat, ChatEventJson json) {
        this.caller = caller;
        this.followChat = followChat;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow a panel's chat live (text/event-stream; each event: id = position, data = the message)")
    @APIResponse(responseCode = "200", description = "The stream: what was missed after Last-Event-ID, then live")
    public void stream(@Parameter(description = "The panel's id") @PathParam("id") UUID id,
                       @Parameter(description = "The position of the last message the client has (sent by reconnecting "
                               + "browsers)") @HeaderParam(LAST_EVENT_ID) String lastEventId,
                       @Parameter(description = "The same for a first connection; Last-Event-ID wins")
                       @QueryParam("after") String after,
                       @Context SseEventSink sink, @Context Sse sse) {
        var from = position(lastEventId != null && !lastEventId.isBlank() ? lastEventId : after);
        var listener = new SseChatListener(sink, sse, json);
        followChat.handle(new FollowChat.Query(caller.actor(), new PanelId(id), from, listener));
        listener.opened();
    }

    private static Long position(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue("last-event-id", "Last-Event-ID and after must be chat positions (whole numbers)");
        }
    }
}
