package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

    private static final URI PATH = URI.create("/api/nowhere");

    @Test
    void an_unknown_path_is_404_http_not_found() {
        var problem = WebApplicationExceptionMapper.problem(new NotFoundException(new StubResponse(404)), PATH);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("http.not-found");
        assertThat(problem.instance()).isEqualTo(PATH);
    }

    @Test
    void a_method_the_path_does_not_allow_is_405_and_keeps_the_allow_header() {
        var response = new StubResponse(405).header(HttpHeaders.ALLOW, "GET").header(HttpHeaders.ALLOW, "POST")
                .header("X-Internal", "secret");
        var exception = new NotAllowedException(response);

        var problem = WebApplicationExceptionMapper.problem(exception, PATH);

        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.code()).isEqualTo("http.method-not-allowed");
        assertThat(WebApplicationExceptionMapper.keptHeaders(response))
                .containsOnlyKeys(HttpHeaders.ALLOW)
                .containsEntry(HttpHeaders.ALLOW, List.of("GET", "POST"));
    }

    @Test
    void a_body_media_type_not_consumed_is_415() {
        var problem = WebApplicationExceptionMapper.problem(new NotSupportedException(new StubResponse(415)), PATH);

        assertThat(problem.status()).isEqualTo(415);
        assertThat(problem.code()).isEqualTo("http.unsupported-media-type");
    }

    @Test
    void an_accept_header_that_cannot_be_served_is_406() {
        var problem = WebApplicationExceptionMapper.problem(new NotAcceptableException(new StubResponse(406)), PATH);

        assertThat(problem.status()).isEqualTo(406);
        assertThat(problem.code()).isEqualTo("http.not-acceptable");
    }

    @Test
    void a_request_jax_rs_could_not_read_is_400_request_malformed() {
        var problem = WebApplicationExceptionMapper.problem(
                new BadRequestException("RESTEASY003870: Unable to extract parameter", new StubResponse(400)), PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.malformed");
        assertThat(problem.detail()).doesNotContain("RESTEASY");
    }

    @Test
    void any_other_web_application_exception_keeps_its_status() {
        var forbidden = WebApplicationExceptionMapper.problem(new ForbiddenException(new StubResponse(403)), PATH);
        var conflict = WebApplicationExceptionMapper.problem(
                new WebApplicationException("org.example.Internal failed", new StubResponse(409)), PATH);
        var teapot = WebApplicationExceptionMapper.problem(new WebApplicationException(new StubResponse(418)), PATH);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("http.forbidden");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("http.conflict");
        assertThat(conflict.detail()).doesNotContain("org.example");
        assertThat(teapot.status()).isEqualTo(418);
        assertThat(teapot.code()).isEqualTo("http.status-418");
    }

    @Test
    void a_server_side_status_is_kept_but_its_detail_only_quotes_the_correlation_id() {
        var problem = WebApplicationExceptionMapper.problem(
                new WebApplicationException("pool db-7 exhausted", new StubResponse(503)), PATH);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.code()).isEqualTo("http.service-unavailable");
        assertThat(problem.detail()).isEqualTo("Unexpected error; quote correlation id " + problem.correlationId() + ".");
    }
}
