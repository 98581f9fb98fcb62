package org.opencpms.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Server-Sent Events client (text/event-stream over HTTP/1.1), as a browser's EventSource reads it: events with
 * their {@code id}, {@code event} name and {@code data}, queued as they arrive (or handed to a consumer, stamped with
 * {@link System#nanoTime()} on arrival), without a thread per connection. {@link #close()} drops the connection.
 */
public final class SseClient implements AutoCloseable {

    /** One event; {@code receivedAt} is the {@link System#nanoTime()} of its arrival. */
    public record Event(String id, String name, String data, long receivedAt) {
    }

    private static final HttpClient CLIENT = newHttpClient();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse.ResponseInfo> opened = new CompletableFuture<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private final Lines lines;

    private SseClient(HttpClient client, HttpRequest request, Consumer<Event> consumer) {
        this.lines = new Lines(consumer == null ? events::add : consumer);
        this.response = client.sendAsync(request, info -> {
            opened.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(lines);
        });
        response.whenComplete((done, failure) -> {
            if (failure != null) {
                opened.completeExceptionally(failure);
            }
        });
    }

    /** An HTTP/1.1 client as the events need it (each connection its own stream). */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Opens {@code base + path} with the token and, unless null, a {@code Last-Event-ID}. */
    public static SseClient open(String base, String path, String token, String lastEventId) {
        return open(base, path, token, lastEventId, null);
    }

    /** The same, handing each event to {@code consumer} on the client's thread instead of queueing it. */
    public static SseClient open(String base, String path, String token, String lastEventId, Consumer<Event> consumer) {
        return open(CLIENT, base, path, token, lastEventId, consumer);
    }

    /**
     * The same over {@code client}: one HTTP client reads all its connections on one selector thread, so a benchmark
     * that follows with many connections spreads them over several clients, as many browsers would.
     */
    public static SseClient open(HttpClient client, String base, String path, String token, String lastEventId,
                                 Consumer<Event> consumer) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(client, request.GET().build(), consumer);
    }

    /** The status and headers once the response has begun (waits up to 10 s); the body goes on arriving. */
    public HttpResponse.ResponseInfo response() {
        try {
            return opened.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no response to the event stream", e);
        }
    }

    /** The next event, or null after {@code timeout}. */
    public Event next(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next {@code count} events, as many as arrive within {@code timeout} in all. */
    public List<Event> next(int count, Duration timeout) {
        var end = System.nanoTime() + timeout.toNanos();
        var received = new ArrayList<Event>();
        while (received.size() < count && System.nanoTime() < end) {
            var event = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (event != null) {
                received.add(event);
            }
        }
        return received;
    }

    /** Whether the server ended the stream (or the connection dropped) within {@code timeout}. */
    public boolean endedWithin(Duration timeout) {
        try {
            response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        lines.cancel();
        response.cancel(true);
    }

    /** Parses the lines of the stream into events (RFC: fields until a blank line; comments start with a colon). */
    private static final class Lines implements Flow.Subscriber<String> {
        private final Consumer<Event> sink;
        private volatile Flow.Subscription subscription;
        private String id;
        private String name;
        private StringBuilder data;

        Lines(Consumer<Event> sink) {
            this.sink = sink;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (data != null) {
                    sink.accept(new Event(id, name == null ? "message" : name, data.toString(), System.nanoTime()));
                }
                name = null;
                data = null;
                return;
            }
            if (line.startsWith(":")) {
                return;
            }
            int colon = line.indexOf(':');
            var field = colon < 0 ? line : line.substring(0, colon);
            var value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // the connection dropped: no more events
        }

        @Override
        public void onComplete() {
            // the server closed the stream
        }

        void cancel() {
            var s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
