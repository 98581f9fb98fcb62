package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.jboss.logging.Logger;
import org.opencpms.adapters.rest.ops.CorrelationId;

/**
 * Anything no other mapper knows: 500 {@code server.error}, whose detail only asks to quote the correlation id; the
 * stack trace goes to the server log under that id, with the request path (never the body). A body cut short by
 * the size limit, wrapped by some layer, is still 413.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    public static final String CODE = "server.error";

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        var instance = ProblemResponses.instance(uriInfo);
        var tooLarge = RequestTooLarge.among(exception);
        if (tooLarge != null) {
            return ProblemResponses.response(tooLarge.problem(instance));
        }
        return ProblemResponses.response(problem(exception, instance));
    }

    /**
     * The problem of an unexpected failure, which says nothing about it but the correlation id; logs the failure
     * with its stack trace under that id. Every mapper that ends in a 500 answers through here.
     */
    public static Problem problem(Throwable exception, URI instance) {
        var correlationId = CorrelationId.current();
        log(exception, correlationId, instance);
        return new Problem(ProblemResponses.type(CODE), "Internal server error", 500,
                "Unexpected error; quote correlation id " + correlationId + ".", instance, CODE, correlationId,
                List.of());
    }

    /** Logs a failure answered with a 5xx, with its stack trace, under the correlation id quoted to the client. */
    static void log(Throwable exception, String correlationId, URI instance) {
        LOG.errorf(exception, "Unexpected error, correlation id %s, request %s", correlationId, instance);
    }
}
