package org.opencpms.adapters.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenCPMS REST API, under {@code /api}. Resources and providers are discovered by scanning; every
 * call except the operations and training endpoints carries an OpenID Connect bearer token.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "OpenCPMS API", version = "1",
                description = "Clinical Patient Management System for the European Reference Networks: patients "
                        + "under pseudonyms, consents, virtual consultation panels and their outcomes. Errors are "
                        + "RFC 9457 problem+json with a stable `code`.",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenCpmsApi extends Application {
}
