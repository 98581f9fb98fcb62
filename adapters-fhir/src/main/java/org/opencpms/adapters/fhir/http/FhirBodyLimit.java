package org.opencpms.adapters.fhir.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * FHIR's limit on request bodies, {@value #MAX_BODY_BYTES} bytes (10 MiB, the server's former ceiling, which the
 * server raised for DICOMweb's sake): a body that declares more is refused with 413, and one that declares no length
 * (chunked) with 411, before anything of it is read; either answer is an OperationOutcome naming the limit. HAPI reads
 * a body whole into memory, so a body it reads is never longer than the limit.
 */
@WebFilter(urlPatterns = "/*")
public class FhirBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long MAX_BODY_BYTES = 10L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            refuse(response, 413, "too-costly", "a FHIR request body holds at most 10 MiB; this one declares " + declared
                    + " bytes");
        } else if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, 411, "invalid", "a FHIR request body must declare its length (Content-Length, at most"
                    + " 10 MiB)");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String code, String diagnostics)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"" + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}").getBytes(StandardCharsets.UTF_8));
    }
}
