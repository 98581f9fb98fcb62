package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/** A centre was registered. */
public record HealthcareProviderRegistered(ProviderId provider, Country country, Instant occurredAt) implements DomainEvent {

    public HealthcareProviderRegistered {
        Require.present(provider, "provider");
        Require.present(country, "country");
        Require.present(occurredAt, "occurred-at");
    }
}
