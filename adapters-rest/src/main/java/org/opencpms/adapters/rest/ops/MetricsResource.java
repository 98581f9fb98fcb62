package org.opencpms.adapters.rest.ops;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.opencpms.adapters.rest.security.Public;

/**
 * {@code GET /api/metrics}: Prometheus scrape endpoint (request rates and latencies per endpoint, heap, the state of
 * the audit chain). Holds
 * no patient or user data; restrict it at the network edge like any scrape target. Server-level metrics
 * (datasource pool, undertow, JVM) are on the management port's {@code /metrics}.
 */
@Path("/metrics")
@Public
@SecurityRequirements
@RequestScoped
@Tag(name = "Operations")
public class MetricsResource {

    private final RequestMetrics metrics;
    private final AuditChainMetrics auditChain;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public MetricsResource() {
        this(null, null);
    }

    @Inject
    public MetricsResource(RequestMetrics metrics, AuditChainMetrics auditChain) {
        this.metrics = metrics;
        this.auditChain = auditChain;
    }

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Operation(summary = "Prometheus metrics of the REST API")
    public String scrape() {
        return metrics.exposition() + auditChain.exposition();
    }
}
