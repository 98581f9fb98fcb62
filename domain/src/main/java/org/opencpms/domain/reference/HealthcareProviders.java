package org.opencpms.domain.reference;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.ProviderId;

/**
 * Port: the healthcare providers (centres) known to OpenCPMS. Never returns null; saving a
 * provider whose version is stale fails with a {@code Conflict}.
 */
public interface HealthcareProviders {

    Optional<HealthcareProvider> find(ProviderId id);

    /** @throws HealthcareProviderNotFound {@code healthcare-provider.not-found} */
    default HealthcareProvider get(ProviderId id) {
        return find(id).orElseThrow(() -> new HealthcareProviderNotFound(id));
    }

    void save(HealthcareProvider provider);

    /** The centres holding any membership of the ERN, ordered by name. */
    List<HealthcareProvider> membersOf(Ern ern);

    /** The centres in this country, members of an ERN or not, ordered by name. */
    List<HealthcareProvider> inCountry(Country country);
}
