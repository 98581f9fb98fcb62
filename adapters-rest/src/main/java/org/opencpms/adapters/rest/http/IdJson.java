package org.opencpms.adapters.rest.http;

import java.util.UUID;

/** The body of a {@code 201 Created} whose resource has no richer representation to return: its id. */
public record IdJson(UUID id) {
}
