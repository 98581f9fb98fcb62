package org.opencpms.adapters.rest.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Refuses request bodies over {@value #MAX_BODY_BYTES} bytes (1 MiB) with 413 {@code request.too-large}: at once
 * when the {@code Content-Length} says so, before anything is read or authenticated; otherwise (a chunked body) by
 * counting while the body is read, failing the read with {@link RequestTooLarge} as soon as the limit is passed, so
 * that no more than the limit is ever buffered. No OpenCPMS request needs more: images arrive over DICOM, not JSON.
 * It runs before authentication (an oversized body is refused unread, whoever sends it) and after the metrics
 * filter, so that refusals are counted.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class BodyLimitFilter implements ContainerRequestFilter {

    /** The largest request body accepted, 1 MiB. */
    public static final long MAX_BODY_BYTES = 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request) {
        if (declaresTooMuch(request.getLength())) {
            request.abortWith(ProblemResponses.response(tooLarge(instance(request))));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), MAX_BODY_BYTES));
        }
    }

    /** Whether a declared {@code Content-Length} ({@code -1} when absent) is over the limit. */
    static boolean declaresTooMuch(long contentLength) {
        return contentLength > MAX_BODY_BYTES;
    }

    static Problem tooLarge(URI instance) {
        return new RequestTooLarge(MAX_BODY_BYTES).problem(instance);
    }

    private static URI instance(ContainerRequestContext request) {
        try {
            return URI.create(request.getUriInfo().getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An input stream that fails with {@link RequestTooLarge} once more than {@code limit} bytes were read. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;
        private long mark;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public synchronized void mark(int readLimit) {
            super.mark(readLimit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }

        private void counted(long n) throws RequestTooLarge {
            count += n;
            if (count > limit) {
                throw new RequestTooLarge(limit);
            }
        }
    }
}
