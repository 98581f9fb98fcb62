package org.opencpms.adapters.rest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SseChatListenerTest {

    /** A connection whose writes complete only when the test says so, as the server's I/O threads would. */
    static final class Connection implements SseEventSink {
        final List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            var write = new CompletableFuture<Void>();
            writes.add(write);
            return write;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Events are only counted here: a builder that ignores what it is told. */
    private static final Sse SSE = (Sse) Proxy.newProxyInstance(Sse.class.getClassLoader(), new Class<?>[] {Sse.class},
            (sse, method, args) -> {
                var event = Proxy.newProxyInstance(OutboundSseEvent.class.getClassLoader(),
                        new Class<?>[] {OutboundSseEvent.class}, (e, m, a) -> null);
                return Proxy.newProxyInstance(OutboundSseEvent.Builder.class.getClassLoader(),
                        new Class<?>[] {OutboundSseEvent.Builder.class},
                        (builder, m, a) -> m.getName().equals("build") ? event : builder);
            });

    private final Connection connection = new Connection();
    private final SseChatListener listener = new SseChatListener(connection, SSE, null);

    @Test
    void a_send_waits_for_the_connections_previous_write_but_not_for_its_own() throws Exception {
        listener.opened();
        connection.writes.get(0).complete(null);

        assertTimeoutPreemptively(Duration.ofSeconds(2), listener::keepAlive);
        assertThat(connection.writes).hasSize(2);

        var next = new Thread(listener::keepAlive);
        next.start();
        next.join(300);
        assertThat(next.isAlive()).as("waits for the write before").isTrue();
        assertThat(connection.writes).hasSize(2);

        connection.writes.get(1).complete(null);
        next.join(2_000);
        assertThat(next.isAlive()).isFalse();
        assertThat(connection.writes).hasSize(3);
    }

    @Test
    void a_failed_write_is_found_out_by_the_next_send_which_closes_the_connection() {
        listener.opened();
        connection.writes.get(0).complete(null);
        listener.keepAlive();

        connection.writes.get(1).completeExceptionally(new IOException("connection reset"));

        assertThatThrownBy(listener::keepAlive).isInstanceOf(IllegalStateException.class);
        assertThat(connection.closed).isTrue();
        assertThat(connection.writes).hasSize(2);
    }
}
