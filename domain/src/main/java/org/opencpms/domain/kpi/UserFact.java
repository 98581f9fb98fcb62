package org.opencpms.domain.kpi;

import java.util.Set;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** What the reports need to know of one user: their country and the ERNs they hold a role in. */
public record UserFact(UserId user, Country country, Set<Ern> erns) {

    public UserFact {
        Require.present(user, "user");
        Require.present(country, "country");
        erns = Set.copyOf(Require.present(erns, "erns"));
    }
}
