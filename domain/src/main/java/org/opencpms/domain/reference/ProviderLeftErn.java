package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/** A centre's membership of an ERN ended. */
public record ProviderLeftErn(ProviderId provider, Ern ern, Instant occurredAt) implements DomainEvent {

    public ProviderLeftErn {
        Require.present(provider, "provider");
        Require.present(ern, "ern");
        Require.present(occurredAt, "occurred-at");
    }
}
