package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/related} answer (WADO-RS), written as it is sent: each part is a stored file or a frame, all
 * of one media type. The boundary is random, so that no part's bytes can end it early by chance.
 */
final class MultipartWriter {

    /** Where the bytes of one part come from. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private MultipartWriter() {
    }

    static Response response(String type, List<Source> parts) {
        String boundary = "opencpms-" + UUID.randomUUID();
        StreamingOutput body = out -> write(out, boundary, type, parts);
        return Response.ok(body).header("Content-Type",
                "multipart/related; type=\"" + type + "\"; boundary=" + boundary).build();
    }

    private static void write(OutputStream out, String boundary, String type, List<Source> parts) throws IOException {
        for (Source part : parts) {
            out.write(("--" + boundary + "\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = part.open()) {
                in.transferTo(out);
            }
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }
}
