/**
 * The use cases of OpenCPMS: one class per user action, grouped by aggregate
 * ({@code org.opencpms.application.<aggregate>}), plus queries that return view records (what a
 * given actor may see, with identifying data only where the access policy allows).
 *
 * <p>Every use case is a CDI bean ({@code @ApplicationScoped}) running in a JTA transaction
 * ({@code @Transactional}); it loads aggregates through the domain's ports, calls one
 * intention-revealing method, saves, publishes the recorded events and audits what it did. Use
 * cases never hand an aggregate to their caller. Every read of patient data is recorded in the
 * audit trail.
 *
 * <p>{@code org.opencpms.application.memory} holds in-memory implementations of every port, so
 * the whole application runs as a plain Java library without a container.
 */
package org.opencpms.application;
