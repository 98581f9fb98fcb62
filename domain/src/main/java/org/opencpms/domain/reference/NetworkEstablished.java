package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;

/** Reference data started being kept for an ERN. */
public record NetworkEstablished(Ern ern, Instant occurredAt) implements DomainEvent {

    public NetworkEstablished {
        Require.present(ern, "ern");
        Require.present(occurredAt, "occurred-at");
    }
}
