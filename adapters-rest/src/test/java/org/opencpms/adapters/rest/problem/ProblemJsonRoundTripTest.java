package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonRoundTripTest {

    @Test
    void a_problem_is_rfc_9457_json_and_reads_back_the_same() {
        var problem = new Problem(URI.create("https://opencpms.org/problems/request.invalid"), "Invalid request", 400,
                "One field is invalid.", URI.create("/api/patients"), "request.invalid", "corr-12345678",
                List.of(new Problem.FieldError("identity.givenName", "not-blank", "must not be blank")));

        var json = ProblemJson.write(problem);

        assertThat(json).contains("\"type\":\"https://opencpms.org/problems/request.invalid\"", "\"status\":400",
                "\"instance\":\"/api/patients\"", "\"code\":\"request.invalid\"", "\"correlationId\":\"corr-12345678\"",
                "\"field\":\"identity.givenName\"");
        assertThat(ProblemJson.read(json)).isEqualTo(problem);
    }

    @Test
    void an_absent_detail_is_left_out_rather_than_null() {
        var problem = ProblemResponses.problem(404, "http.not-found", null, null, null, List.of());

        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(ProblemJson.write(problem)).doesNotContain("null", "detail", "instance");
    }
}
