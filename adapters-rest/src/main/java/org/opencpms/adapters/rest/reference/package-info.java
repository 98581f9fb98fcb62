/** REST resources of reference data: centres, their ERN memberships, networks and disease groups. */
package org.opencpms.adapters.rest.reference;
