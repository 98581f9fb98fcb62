/**
 * Reference data: the European Reference Networks ({@link org.opencpms.domain.reference.Ern}, a
 * closed set) with their thematic disease groups ({@link org.opencpms.domain.reference.Network}),
 * the EU/EEA countries ({@link org.opencpms.domain.reference.Country}), and the healthcare providers
 * (centres) with their ERN memberships ({@link org.opencpms.domain.reference.HealthcareProvider}).
 *
 * <p>Invariants: every centre is in one of the 27 EU member states, Iceland, Liechtenstein or
 * Norway; a centre holds at most one membership (full member, affiliated partner or associated
 * partner) per ERN, and no membership means non-member; disease group codes are unique within
 * their network. Reference data changes only through a platform operator named in the deployment's
 * configuration: centres are registered and updated, their ERN memberships recorded, networks established
 * and disease groups added by an operator ({@code operator.required}); coordinators manage their ERN's
 * members' roles and access requests, not the list of centres. Who acts is seen through
 * {@link org.opencpms.domain.reference.PlatformRoles}, which the acting user implements, because this
 * package comes before users in the layering.
 */
package org.opencpms.domain.reference;
