package org.opencpms.adapters.rest.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.opencpms.adapters.rest.ops.CorrelationId;
import org.opencpms.adapters.rest.problem.Problem;
import org.opencpms.application.user.AuthenticateCaller;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.SignedIn;
import org.opencpms.application.user.TokenRejected;

/**
 * Authentication at the edge: every request to a resource not marked {@link Public} must carry a bearer token
 * valid for a trusted issuer; otherwise 401 problem+json with a {@code WWW-Authenticate: Bearer} challenge. The
 * token only says who the caller is; their roles and centres are OpenCPMS's own grants ({@link IdentifyCaller}),
 * remembered for a few seconds at most, so a revoked grant stops working at the next request on the node that revoked
 * it and within {@code opencpms.auth.caller-cache-seconds} on the others. The whole decision (a machine client acting for
 * a health professional included, and the sign-in audit) is the application's {@link AuthenticateCaller}, which the
 * FHIR edge uses too. An unknown subject gets a {@link Caller} without actor: it may only file an access request; a
 * machine client naming someone it may not act for gets the domain's 403. A registered user is also the request's
 * {@link SignedInSecurityContext security context} principal, for the DICOMweb service that the REST WAR maps with
 * this filter.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    private final Caller caller;
    private final AuthenticateCaller authenticate;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public BearerAuthentication() {
        this(null, null);
    }

    @Inject
    public BearerAuthentication(Caller caller, AuthenticateCaller authenticate) {
        this.caller = caller;
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) || isPublic()) {
            return;
        }
        AuthenticateCaller.Authenticated authenticated;
        try {
            authenticated = authenticate.handle(new AuthenticateCaller.Command(
                    request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        } catch (TokenRejected rejected) {
            request.abortWith(unauthorized(rejected, request));
            return;
        }
        var token = authenticated.token();
        caller.authenticated(token.subject(), token.displayName(), token.email(), authenticated.actor().orElse(null));
        var secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        authenticated.actor().ifPresent(actor -> request.setSecurityContext(
                new SignedInSecurityContext(new SignedIn(actor.id(), actor.grants()), secure)));
    }

    private boolean isPublic() {
        return resource != null && (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Public.class));
    }

    private static Response unauthorized(TokenRejected rejected, ContainerRequestContext request) {
        var problem = new Problem(URI.create("https://opencpms.org/problems/" + rejected.code()), rejected.title(), 401,
                rejected.getMessage(), URI.create(request.getUriInfo().getRequestUri().getRawPath()), rejected.code(),
                CorrelationId.current(), null);
        var challenge = "auth.missing-token".equals(rejected.code()) ? "Bearer realm=\"opencpms\""
                : "Bearer realm=\"opencpms\", error=\"invalid_token\"";
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(problem).build();
    }
}
