/**
 * Use cases of reference data: centres, their ERN memberships, and the ERNs' disease groups.
 *
 * <p>Invariants kept here: centres are registered and networks established by the deployment (no
 * actor; audited as the system); changes of memberships and disease groups pass the acting user to
 * the domain, which allows them to coordinators of the ERN only; listings carry no patient data.
 */
package org.opencpms.application.reference;
