package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/** A centre's name or country was corrected. */
public record HealthcareProviderUpdated(ProviderId provider, Country country, Instant occurredAt) implements DomainEvent {

    public HealthcareProviderUpdated {
        Require.present(provider, "provider");
        Require.present(country, "country");
        Require.present(occurredAt, "occurred-at");
    }
}
