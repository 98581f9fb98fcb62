package org.opencpms.adapters.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.RuleViolation;

/**
 * A broken business rule, by kind: {@link NotFound} 404, {@link RuleViolation} 422, {@link Conflict} 409,
 * {@link org.opencpms.domain.shared.Forbidden} 403, each with the domain's {@code code()} and message. Two refinements: an
 * {@link InvalidValue} (a value that failed its own format while a command was built) is a 400 with one field
 * error named after the value; a {@link ConcurrentUpdate} is 412 Precondition Failed when the request carried an
 * {@code If-Match} version (the client's precondition failed) and 409 when it did not. A failure of a request
 * addressed to a patient, panel or consent the caller may not see is answered as that target's not-found
 * ({@link Outsiders}), so that nobody learns which ids are real.
 */
@Provider
@ApplicationScoped
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final String INVALID_SUFFIX = ".invalid";

    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;

    private final Outsiders outsiders;

    /** For RESTEasy, which insists on a no-argument constructor; CDI builds instances with the injecting one. */
    public DomainExceptionMapper() {
        this(null);
    }

    @Inject
    public DomainExceptionMapper(Outsiders outsiders) {
        this.outsiders = outsiders;
    }

    @Override
    public Response toResponse(DomainException exception) {
        var ifMatch = headers == null ? null : headers.getHeaderString(IfMatch.HEADER);
        var answered = outsiders.answer(exception, uriInfo);
        return ProblemResponses.response(problem(answered, ProblemResponses.instance(uriInfo), ifMatch));
    }

    /** The problem of a domain failure in a request whose {@code If-Match} header was {@code ifMatch} (or null). */
    public static Problem problem(DomainException exception, URI instance, String ifMatch) {
        var message = exception.getMessage();
        var code = exception.code();
        if (exception instanceof InvalidValue) {
            return ProblemResponses.problem(400, code, "Invalid value", message, instance,
                    List.of(new Problem.FieldError(field(code), code, message)));
        }
        if (exception instanceof ConcurrentUpdate) {
            return ProblemResponses.problem(IfMatch.carriesVersion(ifMatch) ? 412 : 409, code, "Concurrent update",
                    message, instance, List.of());
        }
        if (exception instanceof NotFound) {
            return ProblemResponses.problem(404, code, "Not found", message, instance, List.of());
        }
        if (exception instanceof RuleViolation) {
            return ProblemResponses.problem(422, code, "Rule violated", message, instance, List.of());
        }
        if (exception instanceof Conflict) {
            return ProblemResponses.problem(409, code, "Conflict", message, instance, List.of());
        }
        // the fourth and last kind of the sealed hierarchy
        return ProblemResponses.problem(403, code, "Forbidden", message, instance, List.of());
    }

    private static String field(String code) {
        return code.endsWith(INVALID_SUFFIX) ? code.substring(0, code.length() - INVALID_SUFFIX.length()) : code;
    }
}
