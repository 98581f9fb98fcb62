/**
 * Reference data: the European Reference Networks ({@link org.opencpms.domain.reference.Ern}, a
 * closed set) with their thematic disease groups ({@link org.opencpms.domain.reference.Network}),
 * the EU/EEA countries ({@link org.opencpms.domain.reference.Country}), and the healthcare providers
 * (centres) with their ERN memberships ({@link org.opencpms.domain.reference.HealthcareProvider}).
 *
 * <p>Invariants: every centre is in one of the 27 EU member states, Iceland, Liechtenstein or
 * Norway; a centre holds at most one membership (full member, affiliated partner or associated
 * partner) per ERN, and no membership means non-member; disease group codes are unique within
 * their network. Reference data is maintained by the deployment, not through user roles.
 */
package org.opencpms.domain.reference;
