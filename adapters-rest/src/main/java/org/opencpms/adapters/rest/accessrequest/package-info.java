/** REST resource of access requests: filing one (registering a newcomer first), the pending list and decisions. */
package org.opencpms.adapters.rest.accessrequest;
