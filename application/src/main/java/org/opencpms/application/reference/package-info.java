/**
 * Use cases of reference data: centres, their ERN memberships, and the ERNs' disease groups.
 *
 * <p>Invariants kept here: centres are registered and networks established by the deployment (no
 * actor; audited as the system); a centre's membership of an ERN and the ERN's disease groups are
 * changed only by a coordinator of that ERN ({@code healthcare-provider.not-coordinator},
 * {@code network.not-coordinator}); listings carry no patient data.
 */
package org.opencpms.application.reference;
