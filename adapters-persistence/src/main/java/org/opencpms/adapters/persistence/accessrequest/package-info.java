/**
 * Storage of the access requests ({@link org.opencpms.adapters.persistence.accessrequest.JpaAccessRequests}).
 *
 * <p>Invariants: the stored status is {@code PENDING} exactly while no decision is stored (a check
 * constraint); every save checks and increments the version, so two coordinators cannot both decide
 * one request; entities never leave the package.
 */
package org.opencpms.adapters.persistence.accessrequest;
