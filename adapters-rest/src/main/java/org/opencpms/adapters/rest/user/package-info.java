/** REST resources of users: "who am I", accounts, role grants, profile and notification channels. */
package org.opencpms.adapters.rest.user;
