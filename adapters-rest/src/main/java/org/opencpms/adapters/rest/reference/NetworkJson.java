package org.opencpms.adapters.rest.reference;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.reference.Ern;

/**
 * A European Reference Network as people know it: {@code ern}, the name the API uses for it (ERKNET), {@code code},
 * its own short code (ERKNet), and {@code name}, its full name — what a screen shows where it names a network.
 */
public record NetworkJson(@Schema(implementation = Ern.class) String ern, String code, String name) {

    /** Every network, in the order the domain lists them. */
    static List<NetworkJson> all() {
        return Arrays.stream(Ern.values()).map(ern -> new NetworkJson(ern.name(), ern.code(), ern.fullName())).toList();
    }
}
