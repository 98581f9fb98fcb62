package org.opencpms.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The HTTP side the benchmarks share: requests to a running OpenCPMS in training mode over HTTP/1.1, the training
 * tokens, and the bodies of an enrolment and of a new panel.
 */
final class BenchClient {

    private final String base;
    private final Duration timeout;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    BenchClient(String base) {
        this(base, Duration.ofSeconds(30));
    }

    /** Requests to {@code base} that wait up to {@code timeout} for their answer. */
    BenchClient(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    String base() {
        return base;
    }

    /** A bearer token of the training account {@code username}. */
    String trainingToken(String username) throws IOException, InterruptedException {
        var reply = send("POST", "/api/training/tokens", null,
                Json.createObjectBuilder().add("username", username).build().toString());
        return json(reply.body()).getString("access_token");
    }

    /** One request; {@code token} and {@code body} may be null. */
    HttpResponse<String> send(String method, String path, String token, String body) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Enrols a patient at the centre and opens a panel for them in the ERN, submitted; its id. */
    String openSubmittedPanel(String token, String centre, String ern, String reason) throws IOException, InterruptedException {
        var patient = created(send("POST", "/api/patients", token, enrolment(centre)));
        var form = Json.createObjectBuilder()
                .add("patient", patient).add("leadErn", ern)
                .add("form", Json.createObjectBuilder()
                        .add("reasonForRequest", reason)
                        .add("clinicalQuestion", "Which diagnosis fits best?")
                        .add("diagnoses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("system", "ICD_10").add("code", "N04.1").add("display", "Nephrotic syndrome"))))
                .build();
        var panel = created(send("POST", "/api/panels", token, form.toString()));
        var submitted = send("POST", "/api/panels/" + panel + "/submission", token, "{}");
        if (submitted.statusCode() != 200) {
            throw new IOException("submitting a benchmark panel answered " + submitted.statusCode());
        }
        return panel;
    }

    /** The body of an enrolment at the centre: a synthetic identity and consents for care and for sharing. */
    static String enrolment(String centre) {
        var day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(365, 30_000));
        return Json.createObjectBuilder()
                .add("centre", centre)
                .add("identity", Json.createObjectBuilder().add("givenName", "Load").add("familyName", "Tester")
                        .add("dateOfBirth", day.toString()).add("sex", "UNKNOWN")
                        .add("hospitalIdentifier", "LOAD-" + UUID.randomUUID()))
                .add("consents", Json.createArrayBuilder().add(consent("CARE")).add(consent("SHARING_WITHIN_ERN")))
                .build().toString();
    }

    private static JsonObject consent(String kind) {
        return Json.createObjectBuilder().add("givenOn", LocalDate.now().toString())
                .add("form", Json.createObjectBuilder().add("version", "1.0").add("language", "en"))
                .add("kind", kind).build();
    }

    /** The id at the end of a reply's Location. */
    static String created(HttpResponse<String> reply) throws IOException {
        var location = reply.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("no Location in a " + reply.statusCode() + " reply: " + reply.body()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
