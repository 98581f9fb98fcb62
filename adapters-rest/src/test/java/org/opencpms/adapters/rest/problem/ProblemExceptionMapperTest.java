package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionMapperTest {

    @Test
    void an_edge_failure_keeps_its_status_code_title_detail_and_field_errors() {
        var error = new Problem.FieldError("limit", "limit.invalid", "too big");
        var exception = new ProblemException(400, "http.malformed-if-match", "Malformed If-Match", "Use \"<v>\"",
                List.of(error));

        var problem = ProblemExceptionMapper.problem(exception, URI.create("/api/panels/x"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("http.malformed-if-match");
        assertThat(problem.title()).isEqualTo("Malformed If-Match");
        assertThat(problem.detail()).isEqualTo("Use \"<v>\"");
        assertThat(problem.type()).isEqualTo(URI.create("https://opencpms.org/problems/http.malformed-if-match"));
        assertThat(problem.errors()).containsExactly(error);
    }

    @Test
    void an_unregistered_caller_gets_403_user_not_registered() {
        var problem = ProblemExceptionMapper.problem(new ProblemException(403, "user.not-registered", "Not registered",
                "file an access request first"), URI.create("/api/patients"));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.code()).isEqualTo("user.not-registered");
    }
}
