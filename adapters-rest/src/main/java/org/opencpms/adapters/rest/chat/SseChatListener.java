package org.opencpms.adapters.rest.chat;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opencpms.application.chat.ChatListener;
import org.opencpms.domain.chat.ChatEntry;

/**
 * One client's Server-Sent Events connection: each message is an event named {@code message} whose {@code id} is its
 * position in the chat and whose data is its JSON ({@link ChatMessageJson}, written once for all connections by
 * {@link ChatEventJson}); a keep-alive is a comment. The stream opens with a comment and {@code retry: 2000}. A send that
 * fails or takes longer than {@value #SEND_TIMEOUT_SECONDS} s means the client is gone.
 */
final class SseChatListener implements ChatListener {

    static final String EVENT = "message";
    static final long SEND_TIMEOUT_SECONDS = 10;
    static final long RECONNECT_MILLIS = 2_000;

    private final SseEventSink sink;
    private final Sse sse;
    private final ChatEventJson json;

    SseChatListener(SseEventSink sink, Sse sse, ChatEventJson json) {
        this.sink = sink;
        this.sse = sse;
        this.json = json;
    }

    @Override
    public void receive(ChatEntry entry) {
        send(sse.newEventBuilder().id(Long.toString(entry.position())).name(EVENT).data(json.of(entry)).build());
    }

    /**
     * Starts the stream at once with a comment and the reconnection delay, so that the client sees it open before
     * the first message (a failure here is left to the next send to find out).
     */
    void opened() {
        try {
            sink.send(sse.newEventBuilder().comment("following").reconnectDelay(RECONNECT_MILLIS).build());
        } catch (RuntimeException e) {
            sink.close();
        }
    }

    @Override
    public void keepAlive() {
        send(sse.newEventBuilder().comment("keep-alive").build());
    }

    @Override
    public void ended() {
        sink.close();
    }

    private void send(OutboundSseEvent event) {
        if (sink.isClosed()) {
            throw new IllegalStateException("the client closed the connection");
        }
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            sink.close();
            throw new IllegalStateException("the client is gone", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.close();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }
}
