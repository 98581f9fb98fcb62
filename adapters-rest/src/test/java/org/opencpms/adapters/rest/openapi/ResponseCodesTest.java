package org.opencpms.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every operation documents every status it can answer, and every error answer is problem+json; every operation has
 * a unique operationId (generated clients name their methods after it).
 */
class ResponseCodesTest {

    private static final Map<String, JsonObject> OPERATIONS = ApiDocument.operations();

    @Test
    void every_replacing_write_documents_412_and_428() {
        assertThat(lacking(op -> op.startsWith("PUT ") || op.startsWith("PATCH "), "412", "428")).isEmpty();
        assertThat(OPERATIONS.keySet().stream().filter(op -> op.startsWith("PUT ")).count()).isGreaterThan(3);
    }

    @Test
    void every_operation_on_a_path_with_an_id_documents_400_and_404() {
        assertThat(lacking(op -> op.contains("{"), "400", "404")).isEmpty();
    }

    @Test
    void every_operation_with_a_body_documents_400_413_and_415() {
        assertThat(lacking(op -> OPERATIONS.get(op).containsKey("requestBody"), "400", "413", "415")).isEmpty();
    }

    @Test
    void every_operation_taking_if_match_documents_409_and_412() {
        assertThat(lacking(op -> parameters(op).stream().anyMatch(p -> p.getString("name").equals("If-Match")),
                "409", "412")).isEmpty();
    }

    @Test
    void every_operation_behind_a_bearer_token_documents_401_and_403_and_the_public_ones_do_not() {
        assertThat(lacking(op -> !isPublic(op), "401", "403")).isEmpty();
        var publicOnes = OPERATIONS.keySet().stream().filter(ResponseCodesTest::isPublic).toList();
        assertThat(publicOnes).containsExactlyInAnyOrder("GET /api/health/live", "GET /api/metrics",
                "GET /api/training/accounts", "POST /api/training/tokens", "GET /api/calendar-feeds/{secret}.ics",
                "GET /api/sign-in");
        publicOnes.forEach(op -> assertThat(responses(op).keySet()).as(op).doesNotContain("401", "403"));
    }

    @Test
    void every_operation_documents_500_and_those_answering_a_body_406() {
        assertThat(lacking(op -> true, "500")).isEmpty();
        assertThat(lacking(op -> responses(op).entrySet().stream().anyMatch(answer -> answer.getKey().startsWith("2")
                && answer.getValue().asJsonObject().containsKey("content")), "406")).isEmpty();
    }

    @Test
    void every_error_answer_is_a_problem_json() {
        var plain = new ArrayList<String>();
        OPERATIONS.keySet().forEach(op -> responses(op).forEach((status, answer) -> {
            var content = answer.asJsonObject().getJsonObject("content");
            if (status.charAt(0) >= '4' && (content == null || !content.containsKey("application/problem+json")
                    || !content.getJsonObject("application/problem+json").getJsonObject("schema")
                    .getString("$ref").equals("#/components/schemas/Problem"))) {
                plain.add(op + " " + status);
            }
        }));
        assertThat(plain).isEmpty();
        assertThat(ApiDocument.schemas().getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "instance", "code", "correlationId", "errors");
    }

    @Test
    void every_operation_has_a_unique_stable_operation_id() {
        var ids = OPERATIONS.values().stream().map(op -> op.getString("operationId", "")).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates().contains("PatientResource_enrol",
                "ConsentResource_withdraw", "FormResource_editForm");
    }

    private static List<String> lacking(Predicate<String> which, String... statuses) {
        var lacking = new ArrayList<String>();
        OPERATIONS.keySet().stream().filter(which).forEach(op -> {
            for (var status : statuses) {
                if (!responses(op).containsKey(status)) {
                    lacking.add(op + " " + status);
                }
            }
        });
        return lacking;
    }

    private static JsonObject responses(String operation) {
        return OPERATIONS.get(operation).getJsonObject("responses");
    }

    private static List<JsonObject> parameters(String operation) {
        var parameters = OPERATIONS.get(operation).getJsonArray("parameters");
        return parameters == null ? List.of() : parameters.getValuesAs(JsonObject.class);
    }

    private static boolean isPublic(String operation) {
        var security = OPERATIONS.get(operation).getJsonArray("security");
        return security != null && security.isEmpty();
    }
}
