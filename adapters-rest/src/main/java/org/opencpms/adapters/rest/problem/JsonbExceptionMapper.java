package org.opencpms.adapters.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON-B failure that reached the resource layer unwrapped: the body was not the JSON expected, 400 {@code request.malformed}. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        var instance = ProblemResponses.instance(uriInfo);
        var tooLarge = RequestTooLarge.among(exception);
        return ProblemResponses.response(tooLarge != null ? tooLarge.problem(instance)
                : ProcessingExceptionMapper.malformed(instance));
    }
}
