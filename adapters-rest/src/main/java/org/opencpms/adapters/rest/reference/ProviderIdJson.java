package org.opencpms.adapters.rest.reference;

/** The id of a centre just registered. */
public record ProviderIdJson(String id) {
}
