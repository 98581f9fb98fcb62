package org.opencpms.adapters.rest.audit;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opencpms.application.audit.VerifyAuditChain;

/**
 * A verification of the audit chain streamed as newline-delimited JSON ({@value #NDJSON}): a
 * {@link ChainVerificationJson.Progress} line after every batch of records, each flushed at once so that a long check
 * shows it is moving, then the {@link ChainVerificationJson} line. The auditor was authorised before the first byte.
 */
final class ChainVerificationStream implements StreamingOutput {

    static final String NDJSON = "application/x-ndjson";

    private final VerifyAuditChain verify;
    private final VerifyAuditChain.Request request;
    private final Jsonb json;

    ChainVerificationStream(VerifyAuditChain verify, VerifyAuditChain.Request request, Jsonb json) {
        this.verify = verify;
        this.request = request;
        this.json = json;
    }

    static boolean isNdjson(MediaType type) {
        return "application".equals(type.getType()) && "x-ndjson".equals(type.getSubtype());
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try {
            var verification = verify.handle(request,
                    (checked, of) -> line(out, json.toJson(new ChainVerificationJson.Progress(checked, of))));
            line(out, json.toJson(ChainVerificationJson.of(verification)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void line(OutputStream out, String json) {
        try {
            out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
