package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A failure found at the edge ({@link ProblemException}): its own status, code, title and detail. A 401 also says
 * how to authenticate ({@code WWW-Authenticate: Bearer}, RFC 6750).
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException exception) {
        var problem = problem(exception, ProblemResponses.instance(uriInfo));
        if (problem.status() == 401) {
            return ProblemResponses.response(problem, Map.of(HttpHeaders.WWW_AUTHENTICATE, List.of("Bearer")));
        }
        return ProblemResponses.response(problem);
    }

    /** The problem of an edge failure. */
    public static Problem problem(ProblemException exception, URI instance) {
        return ProblemResponses.problem(exception.status(), exception.code(), exception.title(),
                exception.getMessage(), instance, exception.errors());
    }
}
