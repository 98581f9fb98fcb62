package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerErrorMapperTest {

    @Test
    void an_unexpected_failure_is_500_server_error_whose_detail_only_quotes_the_correlation_id() {
        var failure = new IllegalStateException("connection to db-host-7 refused for patient Zbigniewska");

        var problem = ServerErrorMapper.problem(failure, URI.create("/api/patients"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("server.error");
        assertThat(problem.type()).isEqualTo(URI.create("https://opencpms.org/problems/server.error"));
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.detail()).isEqualTo("Unexpected error; quote correlation id " + problem.correlationId() + ".");
        assertThat(ProblemJson.write(problem))
                .doesNotContain("IllegalState", "Exception", "db-host", "Zbigniewska", "\tat ", "java.");
    }
}
