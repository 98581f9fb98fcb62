package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that turned out too large while it was read: 413 {@code request.too-large}. */
@Provider
public class RequestTooLargeMapper implements ExceptionMapper<RequestTooLarge> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(RequestTooLarge exception) {
        return ProblemResponses.response(exception.problem(ProblemResponses.instance(uriInfo)));
    }
}
