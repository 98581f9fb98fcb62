package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencpms.application.panel.PanelRole;
import org.opencpms.domain.consent.ConsentKind;

/**
 * What operators and client developers rely on: health, metrics by route template, security headers, correlation
 * ids, CORS, the OpenAPI document and Swagger UI, and problem+json answers (413, 415, 400 with field errors, 404)
 * that never show a stack trace.
 */
class OperationsIT extends OnTheBuiltEar {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_server_is_ready_and_live() throws Exception {
        var ready = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9990/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        var live = Api.get("/api/health/live", null);
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.body()).contains("UP");
    }

    @Test
    void metrics_have_a_histogram_per_route_template_and_never_a_concrete_id() {
        var token = Accounts.token(Accounts.HP_BERLIN);
        var patient = Clinic.enrolAtBerlin();
        Api.get("/api/patients/" + patient.id(), token);
        Api.get("/api/panels/" + java.util.UUID.randomUUID(), token);
        Api.get("/api/panels", token);

        var metrics = Api.get("/api/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("# TYPE opencpms_http_requests_seconds histogram")
                .contains("opencpms_http_requests_seconds_bucket{method=\"GET\",route=\"/api/patients/{id}\",status=\"200\"")
                .contains("opencpms_http_requests_seconds_count{method=\"GET\",route=\"/api/panels/{id}\",status=\"404\"}")
                .contains("route=\"/api/panels\",status=\"200\",le=\"+Inf\"");
        assertThat(UUID.matcher(metrics.body()).find()).as("a concrete id in the metrics").isFalse();
        assertThat(metrics.body()).doesNotContain(patient.id());
    }

    @Test
    void every_answer_carries_the_security_headers() {
        for (var reply : List.of(Api.get("/api/health/live", null), Api.get("/api/me", null),
                Api.get("/api/me", Accounts.token(Accounts.HP_PARIS)))) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).contains("no-store");
            assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Correlation-Id")).isNotBlank();
        }
    }

    @Test
    void a_correlation_id_is_echoed_and_is_the_problems_correlation_id() {
        var mine = "e2e-" + Clinic.unique();
        var reply = Api.send("GET", "/api/panels/" + java.util.UUID.randomUUID(),
                Accounts.token(Accounts.HP_BERLIN), null, Map.of("X-Correlation-Id", mine));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("X-Correlation-Id")).isEqualTo(mine);
        assertThat(reply.json().getString("correlationId")).isEqualTo(mine);

        var generated = Api.get("/api/panels/" + java.util.UUID.randomUUID(), Accounts.token(Accounts.HP_BERLIN));
        assertThat(generated.header("X-Correlation-Id")).isNotBlank()
                .isEqualTo(generated.json().getString("correlationId"));

        var unsafe = Api.send("GET", "/api/me", null, null,
                Map.of("X-Correlation-Id", "bad id <script>alert(1)</script>"));
        assertThat(unsafe.header("X-Correlation-Id")).as("an unsafe incoming id is replaced")
                .doesNotContain("<script>").isEqualTo(unsafe.json().getString("correlationId"));
    }

    @Test
    void a_cors_preflight_from_an_unlisted_origin_is_refused() {
        var reply = Api.send("OPTIONS", "/api/panels", null, null, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Authorization"));
        assertThat(reply.header("Access-Control-Allow-Origin")).as(reply.headers().toString()).isNull();
        assertThat(reply.header("Access-Control-Allow-Methods")).isNull();
        assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
        var simple = Api.send("GET", "/api/health/live", null, null, Map.of("Origin", "https://evil.example"));
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void the_openapi_document_lists_every_resource_path_and_swagger_ui_answers() {
        var openapi = Api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        var documented = new ArrayList<String>();
        openapi.json().getJsonObject("paths").keySet().forEach(p -> documented.add(ResourceMethods.normalise(p)));
        var expected = ResourceMethods.paths();
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(documented).as("paths in /openapi").containsAll(expected);

        var swagger = Api.send("GET", "/swagger-ui/", null, null, Map.of("Accept", "text/html"));
        assertThat(swagger.status()).as(swagger.toString()).isEqualTo(200);
        assertThat(swagger.body()).containsIgnoringCase("swagger");
    }

    /**
     * The served document is the one the REST adapter's tests check (EnumValuesTest, ResponseCodesTest... build it
     * with the same SmallRye OpenAPI): WildFly indexes the domain and application enums with the WAR and runs the
     * adapter's filter, so enum fields list their values and replacing writes document 428 with problem+json.
     */
    @Test
    void the_served_openapi_document_lists_enum_values_and_problem_answers() {
        var openapi = Api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json")).json();
        var schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        assertThat(values(schemas.getJsonObject("ConsentKind")))
                .containsExactlyElementsOf(Arrays.stream(ConsentKind.values()).map(Enum::name).toList());
        assertThat(values(schemas.getJsonObject("PanelRole")))
                .containsExactlyElementsOf(Arrays.stream(PanelRole.values()).map(Enum::name).toList());
        assertThat(values(schemas.getJsonObject("Language"))).containsExactly("en", "de", "fr");
        var put = openapi.getJsonObject("paths").getJsonObject("/api/panels/{id}/form").getJsonObject("put");
        assertThat(put.getString("operationId")).isEqualTo("FormResource_editForm");
        assertThat(put.getJsonObject("responses").getJsonObject("428").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                .isEqualTo("#/components/schemas/Problem");
    }

    private static List<String> values(jakarta.json.JsonObject schema) {
        assertThat(schema).isNotNull();
        return schema.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() {
        var text = "x".repeat(2 * 1024 * 1024);
        var reply = Api.post("/api/panels/" + java.util.UUID.randomUUID() + "/timeline",
                Accounts.token(Accounts.HP_BERLIN), J.obj("text", text));
        assertThat(reply.status()).as(shorten(reply)).isEqualTo(413);
        assertProblem(reply, 413);
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        var reply = Api.send("POST", "/api/patients", Accounts.token(Accounts.HP_BERLIN), "givenName=Alice",
                Map.of("Content-Type", "text/plain"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
        assertProblem(reply, 415);
    }

    @Test
    void an_invalid_body_is_refused_with_400_naming_every_field() {
        var reply = Api.post("/api/patients", Accounts.token(Accounts.HP_BERLIN), J.obj("centre",
                Accounts.centre(Accounts.HP_BERLIN), "identity", J.obj("givenName", "", "sex", "FEMALE"),
                "consents", J.arr()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertProblem(reply, 400);
        var fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field", "")).toList();
        assertThat(String.join(" ", fields)).as(reply.toString())
                .contains("givenName").contains("familyName").contains("dateOfBirth").contains("hospitalIdentifier");

        var malformed = Api.send("POST", "/api/patients", Accounts.token(Accounts.HP_BERLIN), "{\"centre\": ",
                Map.of());
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertProblem(malformed, 400);
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        var reply = Api.get("/api/no-such-resource/" + Clinic.unique(), Accounts.token(Accounts.HP_BERLIN));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertProblem(reply, 404);
        var badId = Api.get("/api/panels/not-a-uuid", Accounts.token(Accounts.HP_BERLIN));
        assertThat(badId.status()).as(badId.toString()).isIn(400, 404);
        assertProblem(badId, badId.status());
    }

    @Test
    void ordinary_requests_leave_no_warning_or_stack_trace_in_the_server_log() throws Exception {
        var log = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        Api.get("/api/me", Accounts.token(Accounts.HP_BERLIN));
        Clinic.enrolAtBerlin();
        var before = java.nio.file.Files.size(log);

        var patient = Clinic.enrolAtBerlin();
        Api.get("/api/patients/" + patient.id(), Accounts.token(Accounts.HP_BERLIN));
        Api.get("/api/me", Accounts.token(Accounts.HP_PARIS));
        Api.get("/api/panels", Accounts.token(Accounts.HP_PARIS));

        String appended;
        try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(before);
            var bytes = new byte[(int) Math.min(file.length() - before, 200_000)];
            file.readFully(bytes);
            appended = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        var firstLines = appended.lines().limit(8).toList();
        assertThat(appended).as("server.log after successful requests, first lines: %s", firstLines)
                .doesNotContain("\tat ").doesNotContain(" WARN").doesNotContain(" ERROR");
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.header("Content-Type")).as(shorten(reply)).startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("correlationId")).isEqualTo(reply.header("X-Correlation-Id"));
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContain(".java:");
    }

    private static String shorten(Api.Reply reply) {
        var text = reply.toString();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
