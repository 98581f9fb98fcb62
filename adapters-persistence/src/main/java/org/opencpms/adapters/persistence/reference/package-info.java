/**
 * Storage of the reference data: healthcare providers with their ERN memberships
 * ({@link org.opencpms.adapters.persistence.reference.JpaHealthcareProviders}) and the networks with
 * their disease groups ({@link org.opencpms.adapters.persistence.reference.JpaNetworks}).
 *
 * <p>Invariants: entities are package-private and never leave the package; every save checks the
 * aggregate's version (entity version = domain version + 1), increments it by one and flushes, so
 * that a stale version fails inside the port with {@code ConcurrentUpdate}; reads return new
 * domain objects rebuilt with {@code restore}, never shared state.
 */
package org.opencpms.adapters.persistence.reference;
