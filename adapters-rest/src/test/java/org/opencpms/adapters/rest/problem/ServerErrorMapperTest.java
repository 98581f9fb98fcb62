package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ConcurrentUpdate;

class ServerErrorMapperTest {

    private static final URI PATH = URI.create("/api/patients");

    @Test
    void an_unexpected_failure_is_500_server_error_whose_detail_only_quotes_the_correlation_id() {
        var failure = new IllegalStateException("connection to db-host-7 refused for patient Zbigniewska");

        var problem = ServerErrorMapper.problemOf(failure, PATH, null);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("server.error");
        assertThat(problem.type()).isEqualTo(URI.create("https://opencpms.org/problems/server.error"));
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.detail()).isEqualTo("Unexpected error; quote correlation id " + problem.correlationId() + ".");
        assertThat(ProblemJson.write(problem))
                .doesNotContain("IllegalState", "Exception", "db-host", "Zbigniewska", "\tat ", "java.");
    }

    @Test
    void a_container_exception_around_a_domain_failure_is_answered_as_the_domain_failure() {
        var wrapped = new RuntimeException("transaction rolled back", new ConcurrentUpdate("panel", "p-1"));

        assertThat(ServerErrorMapper.problemOf(wrapped, PATH, "\"4\"").status()).isEqualTo(412);
        assertThat(ServerErrorMapper.problemOf(wrapped, PATH, null).status()).isEqualTo(409);
        assertThat(ServerErrorMapper.problemOf(wrapped, PATH, null).code()).isEqualTo("panel.concurrent-update");
    }

    @Test
    void a_wrapped_edge_problem_or_oversized_body_keeps_its_status() {
        var edge = new RuntimeException(new ProblemException(401, "auth.required", "Authentication required", "token"));
        var tooLarge = new RuntimeException(new RequestTooLarge(BodyLimitFilter.MAX_BODY_BYTES));

        assertThat(ServerErrorMapper.problemOf(edge, PATH, null).code()).isEqualTo("auth.required");
        assertThat(ServerErrorMapper.problemOf(tooLarge, PATH, null).status()).isEqualTo(413);
    }
}
