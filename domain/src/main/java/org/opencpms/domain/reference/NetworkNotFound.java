package org.opencpms.domain.reference;

import org.opencpms.domain.shared.NotFound;

/** No reference data is kept for the ERN asked for. */
public final class NetworkNotFound extends NotFound {

    public static final String CODE = "network.not-found";

    private static final long serialVersionUID = 1L;

    public NetworkNotFound(Ern ern) {
        super(CODE, "no network data for " + ern.code());
    }
}
