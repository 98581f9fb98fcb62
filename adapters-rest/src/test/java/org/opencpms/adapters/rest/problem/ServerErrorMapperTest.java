package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLException;
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

    @Test
    void a_lock_timeout_or_serialization_failure_at_commit_is_a_conflict_to_retry_not_a_server_error() {
        for (var state : new String[] {"40001", "40P01", "55P03", "HYT00"}) {
            var atCommit = new RuntimeException("commit failed", new RuntimeException(
                    new SQLException("Timeout trying to lock table \"panel\"", state)));

            var problem = ServerErrorMapper.problemOf(atCommit, PATH, null);

            assertThat(problem.status()).as(state).isEqualTo(409);
            assertThat(problem.code()).isEqualTo("storage.concurrent-update");
            assertThat(ProblemJson.write(problem)).doesNotContain("panel\\\"", "Timeout", "SQL");
        }
    }

    @Test
    void any_other_database_failure_stays_a_server_error() {
        var failure = new RuntimeException(new SQLException("disk full", "53100"));

        assertThat(ServerErrorMapper.problemOf(failure, PATH, null).status()).isEqualTo(500);
    }
}
