package org.opencpms.adapters.rest.consent;

/** The id of a consent just recorded. */
public record ConsentIdJson(String id) {
}
