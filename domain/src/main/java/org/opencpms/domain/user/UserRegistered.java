package org.opencpms.domain.user;

import java.time.Instant;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A person signed in for the first time and became a user. */
public record UserRegistered(UserId user, Country country, Instant occurredAt) implements DomainEvent {

    public UserRegistered {
        Require.present(user, "user");
        Require.present(country, "country");
        Require.present(occurredAt, "occurred-at");
    }
}
