package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP failures JAX-RS itself raises, as problems: an unknown path 404 {@code http.not-found}, a method the
 * path does not allow 405 {@code http.method-not-allowed} (keeping {@code Allow}), a body media type not consumed
 * 415 {@code http.unsupported-media-type}, an {@code Accept} that cannot be served 406 {@code http.not-acceptable},
 * a request JAX-RS could not read 400 {@code request.malformed}; any other {@link WebApplicationException} keeps
 * its status, with code {@code http.<status name>} (a 5xx is logged like any server error, and its detail only quotes
 * the correlation id). Only the headers that say how to proceed ({@code Allow},
 * {@code WWW-Authenticate}, {@code Retry-After}, {@code Location}) are kept from the original response.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    public static final String NOT_FOUND = "http.not-found";
    public static final String METHOD_NOT_ALLOWED = "http.method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "http.unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "http.not-acceptable";
    public static final String MALFORMED = "request.malformed";

    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ALLOW.toLowerCase(Locale.ROOT),
            HttpHeaders.WWW_AUTHENTICATE.toLowerCase(Locale.ROOT), HttpHeaders.RETRY_AFTER.toLowerCase(Locale.ROOT),
            HttpHeaders.LOCATION.toLowerCase(Locale.ROOT));

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        var instance = ProblemResponses.instance(uriInfo);
        var tooLarge = RequestTooLarge.among(exception);
        if (tooLarge != null) {
            return ProblemResponses.response(tooLarge.problem(instance));
        }
        var problem = problem(exception, instance);
        if (problem.status() >= 500) {
            ServerErrorMapper.log(exception, problem.correlationId(), instance);
        }
        return ProblemResponses.response(problem, keptHeaders(exception.getResponse()));
    }

    /** The problem of a JAX-RS failure (never its message, which may name classes). */
    public static Problem problem(WebApplicationException exception, URI instance) {
        if (exception instanceof NotFoundException) {
            return ProblemResponses.problem(404, NOT_FOUND, "Not found", "There is nothing at this path.", instance,
                    List.of());
        }
        if (exception instanceof NotAllowedException) {
            return ProblemResponses.problem(405, METHOD_NOT_ALLOWED, "Method not allowed",
                    "This path does not accept this HTTP method; see the Allow header.", instance, List.of());
        }
        if (exception instanceof NotSupportedException) {
            return ProblemResponses.problem(415, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "This request's body must be application/json.", instance, List.of());
        }
        if (exception instanceof NotAcceptableException) {
            return ProblemResponses.problem(406, NOT_ACCEPTABLE, "Not acceptable",
                    "This resource answers application/json (errors application/problem+json).", instance, List.of());
        }
        if (exception instanceof BadRequestException) {
            return ProblemResponses.problem(400, MALFORMED, "Malformed request",
                    "The request could not be read: check its JSON, parameters and headers.", instance, List.of());
        }
        if (exception instanceof NotAuthorizedException) {
            return ProblemResponses.problem(401, "auth.required", "Authentication required",
                    "This request needs a valid bearer token.", instance, List.of());
        }
        int status = exception.getResponse() != null ? exception.getResponse().getStatus() : 500;
        var problem = ProblemResponses.problem(status, code(status), ProblemResponses.title(status),
                ProblemResponses.title(status) + ".", instance, List.of());
        if (status < 500) {
            return problem;
        }
        return new Problem(problem.type(), problem.title(), status,
                "Unexpected error; quote correlation id " + problem.correlationId() + ".", instance, problem.code(),
                problem.correlationId(), List.of());
    }

    /** {@code http.} and the status's name in kebab case ({@code http.precondition-failed}). */
    static String code(int status) {
        var known = Response.Status.fromStatusCode(status);
        var name = known != null ? known.name() : "status-" + status;
        return "http." + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, List<Object>> keptHeaders(Response original) {
        var kept = new LinkedHashMap<String, List<Object>>();
        if (original != null && original.getHeaders() != null) {
            original.getHeaders().forEach((name, values) -> {
                if (KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    kept.put(name, List.copyOf(values));
                }
            });
        }
        return kept;
    }
}
