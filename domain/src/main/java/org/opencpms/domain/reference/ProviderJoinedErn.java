package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;

/** A centre became a member of an ERN, or its membership changed to {@code type}. */
public record ProviderJoinedErn(ProviderId provider, Ern ern, MembershipType type, Instant occurredAt) implements DomainEvent {

    public ProviderJoinedErn {
        Require.present(provider, "provider");
        Require.present(ern, "ern");
        Require.present(type, "membership-type");
        Require.present(occurredAt, "occurred-at");
    }
}
