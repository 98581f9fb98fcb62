package org.opencpms.adapters.rest.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jboss.logging.MDC;
import org.opencpms.application.audit.InboundOrigin;

/**
 * Around every HTTP request of the WAR: adopts or creates the correlation id (response header
 * {@code X-Correlation-Id}, logging MDC key {@code correlationId}), tells the audit trail where the call comes
 * from ({@code rest <client address>}), answers CORS for the configured origins, and sets the security headers
 * (no sniffing, no framing, no referrer, no caching of API answers but the calendar feeds, which set their own
 * private, revalidated caching; HSTS on HTTPS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OperationsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CALENDAR_FEEDS = "/api/calendar-feeds/";
    private final transient Cors cors = Cors.fromConfiguration();
    /** The web application's pages: its own scripts and styles; it talks to the API and the sign-in provider only. */
    private static final String PAGE_POLICY = PagePolicy.fromConfiguration();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var id = CorrelationId.adopt(request.getHeader(CorrelationId.HEADER));
        MDC.put("correlationId", id);
        InboundOrigin.set("rest " + request.getRemoteAddr());
        try {
            response.setHeader(CorrelationId.HEADER, id);
            securityHeaders(request, response);
            if (cors.handle(request, response)) {
                return;
            }
            chain.doFilter(request, response);
        } finally {
            InboundOrigin.clear();
            MDC.remove("correlationId");
            CorrelationId.clear();
        }
    }

    private static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (request.getRequestURI().startsWith("/api/")) {
            if (!request.getRequestURI().startsWith(CALENDAR_FEEDS)) {
                response.setHeader("Cache-Control", "no-store");
            }
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        } else {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
