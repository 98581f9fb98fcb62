package org.opencpms.domain.reference;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.ProviderId;

/** No healthcare provider has the id asked for. */
public final class HealthcareProviderNotFound extends NotFound {

    public static final String CODE = "healthcare-provider.not-found";

    private static final long serialVersionUID = 1L;

    public HealthcareProviderNotFound(ProviderId id) {
        super(CODE, "no healthcare provider " + id);
    }
}
