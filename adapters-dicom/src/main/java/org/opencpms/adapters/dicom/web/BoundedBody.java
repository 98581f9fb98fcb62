package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.opencpms.adapters.dicom.DicomConfiguration;

/**
 * A STOW-RS body read whole, up to a limit ({@value DicomConfiguration#MAX_INSTANCE_MB}): a body that declares a
 * longer {@code Content-Length} is refused before a byte of it is read, one without a declared length as soon as it
 * passes the limit, so that no more than the limit is ever held; either way nothing of it is kept, and the caller
 * answers {@link #tooLarge} (413, problem+json naming the limit).
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The body, or empty when it is over {@code limit} bytes.
     *
     * @param declared the request's {@code Content-Length} header, or null
     */
    static Optional<byte[]> read(InputStream body, String declared, long limit) throws IOException {
        if (declaredLength(declared) > limit) {
            return Optional.empty();
        }
        var bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            if (bytes.size() + (long) n > limit) {
                return Optional.empty();
            }
            bytes.write(buffer, 0, n);
        }
        return Optional.of(bytes.toByteArray());
    }

    /** 413 {@code dicomweb.too-large}, naming the limit and the setting. */
    static Response tooLarge(long limit) {
        return Problems.of(413, "dicomweb.too-large", "Request too large", "a STOW-RS request holds at most "
                + (limit >> 20) + " MB (" + DicomConfiguration.MAX_INSTANCE_MB + "); send a larger study in several"
                + " requests");
    }

    private static long declaredLength(String declared) {
        try {
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1; // the container answers a malformed Content-Length itself
        }
    }
}
