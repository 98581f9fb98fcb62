package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.opencpms.adapters.rest.ops.CorrelationId;

/**
 * Builds the {@link Problem} bodies of error responses and the responses that carry them: {@code type} is
 * {@code https://opencpms.org/problems/<code>}, {@code instance} the request path, {@code correlationId} the id of
 * the current request. Every exception mapper and the body-limit filter answer through here, so that every error
 * of the API has the same shape and media type.
 */
public final class ProblemResponses {

    /** Where the problem types live; a type is this followed by the problem's code. */
    public static final String TYPE_BASE = "https://opencpms.org/problems/";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"), Map.entry(405, "Method not allowed"), Map.entry(406, "Not acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition failed"), Map.entry(413, "Request too large"),
            Map.entry(428, "Precondition required"),
            Map.entry(415, "Unsupported media type"), Map.entry(422, "Rule violated"),
            Map.entry(500, "Internal server error"), Map.entry(503, "Service unavailable"));

    private ProblemResponses() {
    }

    /** The problem type URI of a code. */
    public static URI type(String code) {
        return URI.create(TYPE_BASE + code);
    }

    /** The usual title of an HTTP status. */
    public static String title(int status) {
        var title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        var known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** The request path as the problem's {@code instance} (null when unknown). */
    public static URI instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return URI.create(uriInfo.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A problem of the current request. */
    public static Problem problem(int status, String code, String title, String detail, URI instance,
                                  List<Problem.FieldError> errors) {
        return new Problem(type(code), title != null ? title : title(status), status, detail, instance, code,
                CorrelationId.current(), errors);
    }

    /** The {@code application/problem+json} response carrying the problem. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The response carrying the problem, with extra headers (e.g. {@code Allow}, {@code WWW-Authenticate}). */
    public static Response response(Problem problem, Map<String, List<Object>> headers) {
        var builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
