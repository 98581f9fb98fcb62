package org.opencpms.adapters.rest.ops;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Times every REST request and records it under its route template in {@link RequestMetrics}. */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class MetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = MetricsFilter.class.getName() + ".started";

    @Context
    private ResourceInfo resource;

    private final RequestMetrics metrics;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public MetricsFilter() {
        this(null);
    }

    @Inject
    public MetricsFilter(RequestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            metrics.record(request.getMethod(), Routes.templateOf(resource), response.getStatus(),
                    System.nanoTime() - started);
        }
    }
}
