package org.opencpms.adapters.rest.ops;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.opencpms.adapters.rest.security.Public;

/**
 * {@code GET /api/health/live}: the REST API answers. Readiness (database reachable, schema migrated) is the
 * MicroProfile Health check on the management port, {@code http://<host>:9990/health/ready}.
 */
@Path("/health")
@Public
@SecurityRequirements
@RequestScoped
@Tag(name = "Operations")
public class HealthResource {

    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness of the REST API")
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }
}
