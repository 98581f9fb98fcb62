package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;

/**
 * A body JAX-RS could not read — malformed JSON, a value of the wrong type, an unknown enum constant, a date that
 * is not ISO-8601 — arrives as a {@link ProcessingException} (RESTEasy's JSON-B provider wraps JSON-B's error in
 * it): 400 {@code request.malformed}, without the parser's message (it names classes). A body cut short by the
 * size limit is 413. RESTEasy reports JSON-B <em>serialisation</em> failures (RESTEASY008205, writing a response)
 * the same way; those are server faults, 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    /** The message id RESTEasy's JSON-B provider gives a failure to write a response. */
    static final String SERIALISATION_FAILURE = "RESTEASY008205";

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.response(problem(exception, ProblemResponses.instance(uriInfo)));
    }

    /** The problem of a body that could not be read (or, rarely, a response that could not be written). */
    public static Problem problem(ProcessingException exception, URI instance) {
        var tooLarge = RequestTooLarge.among(exception);
        if (tooLarge != null) {
            return tooLarge.problem(instance);
        }
        if (exception.getMessage() != null && exception.getMessage().startsWith(SERIALISATION_FAILURE)) {
            return ServerErrorMapper.problem(exception, instance);
        }
        return malformed(instance);
    }

    static Problem malformed(URI instance) {
        return ProblemResponses.problem(400, WebApplicationExceptionMapper.MALFORMED, "Malformed request",
                "The request body is not valid JSON for this operation: check its syntax, field types, enum names "
                        + "and ISO-8601 dates.", instance, List.of());
    }
}
