/**
 * Use cases of access requests: filing one, deciding it, and the coordinator's list of pending ones.
 *
 * <p>Invariants kept here: accepting a request gives the requester exactly the grants requested, in
 * the same transaction, granted by the deciding coordinator; the health professional a centre
 * assistant names is loaded for the domain both when the request is filed and when it is accepted;
 * every decision is audited as {@code ACCESS_DECISION}; who sees the pending requests is decided by
 * {@link org.opencpms.domain.access.AccessPolicy}.
 */
package org.opencpms.application.accessrequest;
