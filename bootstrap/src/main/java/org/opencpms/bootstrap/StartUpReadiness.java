package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the {@link StartUp} sequence has run to its end in this deployment (schema migrated, training data
 * there in training mode, schedulers started) and the database answers within two seconds (MicroProfile Health,
 * {@code /health/ready} on the management port). A load balancer sends no traffic to a node that is not ready.
 */
@Readiness
@ApplicationScoped
public class StartUpReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("started", StartUp.finished());
        if (!StartUp.finished()) {
            return response.down().build();
        }
        try (var connection = ServerResources.dataSource().getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? response.up().build() : response.down().build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
