/**
 * Use cases of reference data: centres, their ERN memberships, and the ERNs' disease groups.
 *
 * <p>Invariants kept here: every change passes the acting user to the domain, which allows it to a
 * platform operator only ({@code operator.required}), and is audited with that actor; listings carry
 * no patient data and are open to anyone signed in.
 */
package org.opencpms.application.reference;
