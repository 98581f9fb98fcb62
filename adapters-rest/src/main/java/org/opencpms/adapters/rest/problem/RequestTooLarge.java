package org.opencpms.adapters.rest.problem;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * A request body longer than {@link BodyLimitFilter#MAX_BODY_BYTES}, found while it was being read (a chunked body
 * has no {@code Content-Length} to check beforehand). An {@link IOException}, since it is thrown by the entity
 * stream's {@code read}; whichever layer wraps it, the mappers find it in the cause chain and answer 413.
 */
public final class RequestTooLarge extends IOException {

    public static final String CODE = "request.too-large";

    private static final long serialVersionUID = 1L;

    public RequestTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }

    /** The problem it stands for. */
    Problem problem(URI instance) {
        return ProblemResponses.problem(413, CODE, "Request too large", getMessage(), instance, List.of());
    }

    /** The first {@link RequestTooLarge} among the causes of a failure, or null. */
    static RequestTooLarge among(Throwable failure) {
        return Causes.find(failure, RequestTooLarge.class);
    }
}
