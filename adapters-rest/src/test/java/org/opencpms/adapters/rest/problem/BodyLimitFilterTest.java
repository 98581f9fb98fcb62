package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

    @Test
    void a_declared_length_over_one_mebibyte_is_refused_up_front() {
        assertThat(BodyLimitFilter.declaresTooMuch(1024 * 1024 + 1)).isTrue();
        assertThat(BodyLimitFilter.declaresTooMuch(1024 * 1024)).isFalse();
        assertThat(BodyLimitFilter.declaresTooMuch(-1)).isFalse();
    }

    @Test
    void the_refusal_is_413_request_too_large() {
        var problem = BodyLimitFilter.tooLarge(URI.create("/api/patients"));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.code()).isEqualTo("request.too-large");
        assertThat(problem.instance()).isEqualTo(URI.create("/api/patients"));
    }

    @Test
    void a_body_within_the_limit_reads_through() throws Exception {
        var body = new byte[1000];
        try (var in = new BodyLimitFilter.LimitedInputStream(new ByteArrayInputStream(body), 1000)) {
            assertThat(in.readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void a_chunked_body_fails_as_soon_as_it_passes_the_limit() {
        var in = new BodyLimitFilter.LimitedInputStream(new ByteArrayInputStream(new byte[1001]), 1000);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(RequestTooLarge.class)
                .hasMessageContaining("1000 bytes");
    }

    @Test
    void single_byte_reads_and_skips_are_counted_too() throws Exception {
        var in = new BodyLimitFilter.LimitedInputStream(new ByteArrayInputStream(new byte[10]), 5);
        in.skip(3);
        in.read();
        in.read();

        assertThatThrownBy(in::read).isInstanceOf(RequestTooLarge.class);
    }

    @Test
    void the_filter_wraps_the_entity_stream_of_a_request_without_a_declared_length() {
        var replaced = new AtomicReference<InputStream>();
        var original = new ByteArrayInputStream(new byte[(int) BodyLimitFilter.MAX_BODY_BYTES + 1]);
        var request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getLength" -> -1;
                    case "hasEntity" -> true;
                    case "getEntityStream" -> original;
                    case "setEntityStream" -> {
                        replaced.set((InputStream) args[0]);
                        yield null;
                    }
                    case "abortWith" -> throw new AssertionError("a request of unknown length is not aborted");
                    default -> null;
                });

        new BodyLimitFilter().filter(request);

        assertThatThrownBy(() -> replaced.get().readAllBytes()).isInstanceOf(RequestTooLarge.class);
    }
}
