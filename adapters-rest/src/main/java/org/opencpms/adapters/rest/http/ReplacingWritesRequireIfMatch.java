package org.opencpms.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * No blind overwrite: every replacing write ({@code PUT}, {@code PATCH}) of the API must carry {@code If-Match}, or
 * is answered 428 Precondition Required ({@code http.if-match-required}, problem+json), see
 * {@link IfMatch#requireOnReplacingWrite}. One rule for every resource, including those added later. It runs after
 * authentication (an anonymous caller still gets 401) and before the resource, so that nobody learns anything about
 * the target from a request refused here: a real id and an unknown one get the same 428.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ReplacingWritesRequireIfMatch implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        IfMatch.requireOnReplacingWrite(request.getMethod(), request.getHeaderString(IfMatch.HEADER));
    }
}
