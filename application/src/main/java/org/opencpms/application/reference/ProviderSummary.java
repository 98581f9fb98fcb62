package org.opencpms.application.reference;

import java.util.Map;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ProviderId;

/** A centre as anyone signed in may see it: name, country and ERN memberships. No patient data. */
public record ProviderSummary(ProviderId id, String name, Country country, Map<Ern, MembershipType> memberships) {

    public ProviderSummary {
        memberships = Map.copyOf(memberships);
    }

    /** The centre as stored. */
    static ProviderSummary of(HealthcareProvider provider) {
        return new ProviderSummary(provider.id(), provider.name(), provider.country(), provider.memberships());
    }
}
