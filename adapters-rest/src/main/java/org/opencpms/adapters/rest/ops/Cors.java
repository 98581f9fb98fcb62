package org.opencpms.adapters.rest.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-origin access for web front ends: only the origins listed in {@code opencpms.cors.origins} /
 * {@code OPENCPMS_CORS_ORIGINS} (comma-separated, exact match; empty = no cross-origin access at all). Bearer
 * tokens travel in the Authorization header, so credentials (cookies) are never allowed.
 */
final class Cors {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, X-Correlation-Id";
    static final String EXPOSED_HEADERS = "ETag, Location, Link, X-Correlation-Id";

    private final Set<String> origins;

    Cors(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    static Cors fromConfiguration() {
        var configured = ConfigProvider.getConfig().getOptionalValue("opencpms.cors.origins", String.class).orElse("");
        return new Cors(Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** Adds the CORS headers for an allowed origin; returns true if the request was a preflight now answered. */
    boolean handle(HttpServletRequest request, HttpServletResponse response) {
        var origin = request.getHeader("Origin");
        if (origin == null || !origins.contains(origin)) {
            return false;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return true;
        }
        return false;
    }
}
