package org.opencpms.adapters.rest.chat;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
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
 *
 * <p>The feed may hand over the first messages (what a reconnecting client missed) on its own thread while the request's
 * thread is still opening the stream. The sink is not safe for that: a send racing the opening lost a message
 * (LiveChatIT's reconnect test, now and then). So a message waits until the stream is open (the opening comment
 * written), and each write completes before the next begins. The opening itself never waits: the request's thread
 * must return for the response to start.
 *
 * <p>A send does not wait for its own write, only for the connection's previous one: the server writes an event on its
 * I/O threads, and waiting for each write held the sending thread for the I/O thread's turn, so the few threads of the
 * delivery executor reached a message's 200 connections one after the other (docs/performance.md). Now a connection has at most one write on its way; a slow or gone client still holds up only
 * its own next send, and a failed write is found out by that send (or the next keep-alive).
 */
final class SseChatListener implements ChatListener {

    static final String EVENT = "message";
    static final long SEND_TIMEOUT_SECONDS = 10;
    static final long RECONNECT_MILLIS = 2_000;

    private final SseEventSink sink;
    private final Sse sse;
    private final ChatEventJson json;
    private final CountDownLatch opening = new CountDownLatch(1);
    private volatile CompletionStage<?> opened;
    private CompletionStage<?> pending;

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
            opened = sink.send(sse.newEventBuilder().comment("following").reconnectDelay(RECONNECT_MILLIS).build());
        } catch (RuntimeException e) {
            sink.close();
        } finally {
            opening.countDown();
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

    private synchronized void send(OutboundSseEvent event) {
        awaitOpening();
        if (pending != null) {
            await(pending);
        }
        if (sink.isClosed()) {
            throw new IllegalStateException("the client closed the connection");
        }
        pending = sink.send(event);
    }

    private void awaitOpening() {
        try {
            if (!opening.await(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                sink.close();
                throw new IllegalStateException("the stream did not open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.close();
            throw new IllegalStateException("interrupted while opening", e);
        }
        var comment = opened;
        if (comment != null) {
            await(comment);
        }
    }

    private void await(CompletionStage<?> write) {
        try {
            write.toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
