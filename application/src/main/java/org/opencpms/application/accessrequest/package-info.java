/**
 * Use cases of access requests: filing one, deciding it, and the coordinator's list of pending ones.
 *
 * <p>Invariants kept here: accepting a request gives the requester exactly the grants requested, in
 * the same transaction, granted by the deciding coordinator; every decision is audited as
 * {@code ACCESS_DECISION}; only a coordinator of the ERN sees its pending requests
 * ({@code access-request.list-forbidden}).
 */
package org.opencpms.application.accessrequest;
