package org.opencpms.adapters.dicom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final long LIMIT = 1 << 20;

    @Test
    void a_body_within_the_limit_is_read_whole() throws IOException {
        byte[] body = new byte[(int) LIMIT];

        assertThat(BoundedBody.read(new ByteArrayInputStream(body), Long.toString(LIMIT), LIMIT)).hasValue(body);
    }

    @Test
    void a_body_declaring_more_than_the_limit_is_refused_before_a_byte_is_read() throws IOException {
        var body = new Counting(Long.MAX_VALUE);

        assertThat(BoundedBody.read(body, Long.toString(LIMIT + 1), LIMIT)).isEmpty();
        assertThat(body.read).isZero();
    }

    @Test
    void a_body_without_a_declared_length_is_refused_once_it_passes_the_limit_having_read_little_more() throws IOException {
        var body = new Counting(10 * LIMIT);

        assertThat(BoundedBody.read(body, null, LIMIT)).isEmpty();
        assertThat(body.read).isLessThanOrEqualTo(LIMIT + (1 << 16));
    }

    @Test
    void the_refusal_is_413_problem_json_naming_the_limit_and_the_setting() {
        var answer = BoundedBody.tooLarge(512L << 20);

        assertThat(answer.getStatus()).isEqualTo(413);
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getEntity().toString()).contains("\"type\":\"https://opencpms.org/problems/dicomweb.too-large\"",
                "\"title\":\"Request too large\"", "at most 512 MB (opencpms.dicom.max-instance-mb)");
    }

    /** Zeros, as many as given, counting what was read. */
    private static final class Counting extends InputStream {

        private final long length;
        private long read;

        Counting(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? zero() : -1;
        }

        private int zero() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
