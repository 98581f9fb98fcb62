package org.opencpms.adapters.rest.problem;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code code} is OpenCPMS's stable machine-readable code (the domain's {@code DomainException.code()}
 * or an edge code such as {@code auth.token-expired}); {@code correlationId} is the id of the request in
 * the server's logs; {@code errors} lists field errors of an invalid body. Never a stack trace, never
 * identifying patient data.
 */
public record Problem(URI type, String title, int status, String detail, URI instance, String code,
                      String correlationId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid field of a request body or parameter. */
    public record FieldError(String field, String code, String message) {
    }
}
