/**
 * Errors of the REST API as RFC 9457 {@code application/problem+json}: the {@code ExceptionMapper}s (domain failures
 * by kind, Bean Validation, unreadable JSON, JAX-RS's own HTTP failures, edge problems, anything else as 500) and the
 * 1 MiB request body limit.
 *
 * <p>Invariants kept here: every error response has the same {@link org.opencpms.adapters.rest.problem.Problem}
 * shape with a stable {@code code}, the request path and the correlation id; no response ever carries a stack trace,
 * an exception class name or a rejected value; every 5xx is logged with its stack trace under the correlation id the
 * client sees, never with the request body.
 */
package org.opencpms.adapters.rest.problem;
