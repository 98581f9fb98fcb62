package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProcessingExceptionMapperTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final URI PATH = URI.create("/api/patients");

    public record Body(String name, int count) {
    }

    @Test
    void malformed_json_is_400_request_malformed_without_the_parsers_message() {
        var parserFailure = catchThrowableOfType(JsonbException.class,
                () -> JSONB.fromJson("{\"name\": \"x\", \"count\": \"many\"", Body.class));
        var wrapped = new ProcessingException("RESTEASY008200: JSON Binding deserialization error: " + parserFailure,
                parserFailure);

        var problem = ProcessingExceptionMapper.problem(wrapped, PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.malformed");
        assertThat(ProblemJson.write(problem)).doesNotContain("RESTEASY", "Jsonb", "Exception", "Body");
    }

    @Test
    void a_body_cut_short_by_the_size_limit_is_413_whatever_wraps_it() {
        var tooLarge = new RequestTooLarge(BodyLimitFilter.MAX_BODY_BYTES);
        var wrapped = new ProcessingException("RESTEASY008200: error",
                new JsonbException("parse", new IOException("read", tooLarge)));

        var problem = ProcessingExceptionMapper.problem(wrapped, PATH);

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("request.too-large");
    }

    @Test
    void a_response_that_could_not_be_written_is_the_servers_fault() {
        var problem = ProcessingExceptionMapper.problem(
                new ProcessingException("RESTEASY008205: JSON Binding serialization error x"), PATH);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.code()).isEqualTo("server.error");
    }
}
