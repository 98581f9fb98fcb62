package org.opencpms.domain.user;

import java.time.Instant;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A user changed their display name, e-mail, country or language. */
public record UserProfileUpdated(UserId user, Country country, Instant occurredAt) implements DomainEvent {

    public UserProfileUpdated {
        Require.present(user, "user");
        Require.present(country, "country");
        Require.present(occurredAt, "occurred-at");
    }
}
