package org.opencpms.adapters.rest.accessrequest;

/** The id of an access request just filed. */
public record AccessRequestIdJson(String id) {
}
