package org.opencpms.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API under test (http://127.0.0.1:8080, or another server with {@link #at}), speaking JSON. */
public final class Api {

    public static final String BASE = "http://127.0.0.1:8080";
    /**
     * HTTP/1.1 on purpose: the JDK client otherwise upgrades to h2c, and Undertow's GOAWAY on a busy connection then
     * fails a POST that the client does not retry (seen as "GOAWAY received" on a loaded CI machine).
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final At DEFAULT = new At(BASE);

    private Api() {
    }

    /** One response: status, headers and body (text). */
    public record Reply(int status, Map<String, String> headers, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** One response to a request for a binary representation (a PDF): status, headers and the body's bytes. */
    public record Download(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The body as text, for a problem+json answer. */
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " " + body.length + " bytes";
        }
    }

    /** A GET asking for {@code accept} (e.g. {@code application/pdf}), answered as bytes. */
    public static Download download(String path, String token, String accept) {
        var builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), headersOf(response), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response's headers by lower-case name, several values joined by commas. */
    private static Map<String, String> headersOf(HttpResponse<?> response) {
        var headers = new LinkedHashMap<String, String>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        return headers;
    }

    /** The same client for a server at another address (e.g. a ServerProcess on a port offset). */
    public static At at(String base) {
        return new At(base);
    }

    public static Reply get(String path, String token) {
        return DEFAULT.get(path, token);
    }

    public static Reply post(String path, String token, JsonStructure body) {
        return DEFAULT.post(path, token, body);
    }

    public static Reply put(String path, String token, JsonStructure body) {
        return DEFAULT.put(path, token, body);
    }

    public static Reply delete(String path, String token) {
        return DEFAULT.delete(path, token);
    }

    /** Any request; {@code body} is sent as application/json unless a Content-Type header is given. */
    public static Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        return DEFAULT.send(method, path, token, body, headers);
    }

    /** A training token for one of the training accounts (training mode). */
    public static String trainingToken(String username) {
        return DEFAULT.trainingToken(username);
    }

    /**
     * The body as text, but for an event stream (which does not end): its body is empty and the connection is closed
     * as soon as the status and headers are in.
     */
    private static HttpResponse.BodySubscriber<String> bodyUnlessEventStream(HttpResponse.ResponseInfo info) {
        if (info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), stream -> {
                try (stream) {
                    return "";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }

    /** The API of the server at {@code base} ({@code http://host:port}, paths start with {@code /api}). */
    public record At(String base) {

        public Reply get(String path, String token) {
            return send("GET", path, token, null, Map.of());
        }

        public Reply post(String path, String token, JsonStructure body) {
            return send("POST", path, token, body == null ? null : body.toString(), Map.of());
        }

        public Reply put(String path, String token, JsonStructure body) {
            return send("PUT", path, token, body == null ? null : body.toString(), Map.of());
        }

        public Reply delete(String path, String token) {
            return send("DELETE", path, token, null, Map.of());
        }

        /** Any request; {@code body} is sent as application/json unless a Content-Type header is given. */
        public Reply send(String method, String path, String token, String body, Map<String, String> headers) {
            var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            headers.forEach(builder::header);
            if (body != null && !headers.containsKey("Content-Type")) {
                builder.header("Content-Type", "application/json");
            }
            builder.header("Accept", "application/json, application/problem+json, */*");
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            try {
                var response = CLIENT.send(builder.build(), Api::bodyUnlessEventStream);
                return new Reply(response.statusCode(), headersOf(response), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A training token for one of the training accounts (training mode). */
        public String trainingToken(String username) {
            var reply = post("/api/training/tokens", null, Json.createObjectBuilder().add("username", username).build());
            if (reply.status() != 200) {
                throw new IllegalStateException("no training token for " + username + ": " + reply);
            }
            return reply.json().getString("access_token");
        }
    }
}
