package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.ops.CorrelationId;
import org.opencpms.domain.shared.DomainException;

/**
 * Anything no other mapper knows: 500 {@code server.error}, whose detail only asks to quote the correlation id; the
 * stack trace goes to the server log under that id, with the request path (never the body). A failure that merely
 * wraps a known one (a container exception around a domain failure, an edge problem or a body cut short by the size
 * limit) is answered as the known one.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    public static final String CODE = "server.error";
    public static final String LOCK_CONFLICT = "storage.concurrent-update";

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class);

    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        var ifMatch = headers == null ? null : headers.getHeaderString(IfMatch.HEADER);
        return ProblemResponses.response(problemOf(exception, ProblemResponses.instance(uriInfo), ifMatch));
    }

    /** The problem of a failure no other mapper took: the known failure it wraps, if any; otherwise a 500. */
    public static Problem problemOf(Throwable exception, URI instance, String ifMatch) {
        var tooLarge = RequestTooLarge.among(exception);
        if (tooLarge != null) {
            return tooLarge.problem(instance);
        }
        var domain = Causes.find(exception, DomainException.class);
        if (domain != null) {
            return DomainExceptionMapper.problem(domain, instance, ifMatch);
        }
        var edge = Causes.find(exception, ProblemException.class);
        if (edge != null) {
            return ProblemExceptionMapper.problem(edge, instance);
        }
        if (isLockConflict(exception)) {
            return new Problem(ProblemResponses.type(LOCK_CONFLICT), "Conflict", 409,
                    "Another change to the same data was being saved at the same time; read it again and retry.",
                    instance, LOCK_CONFLICT, CorrelationId.current(), List.of());
        }
        return problem(exception, instance);
    }

    /**
     * A database refusing a change because a concurrent transaction holds the data (serialization failure or
     * deadlock, SQLState class 40; PostgreSQL's lock_not_available 55P03; H2's lock timeout HYT00): a conflict the
     * client resolves by retrying, not a server error. Raised at commit, after the ports have returned.
     */
    public static boolean isLockConflict(Throwable failure) {
        for (var current = Causes.find(failure, SQLException.class); current != null; current = current.getNextException()) {
            var state = current.getSQLState();
            if (state != null && (state.startsWith("40") || "55P03".equals(state) || "HYT00".equals(state))) {
                return true;
            }
            if (current.getNextException() == current) {
                break;
            }
        }
        return false;
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
