package org.opencpms.adapters.rest.reference;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.reference.ProviderSummary;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;

/** A centre (healthcare provider): name, EU/EEA country, and its membership type in each ERN it belongs to. */
public record ProviderJson(String id, String name, String country,
                           @Schema(type = SchemaType.OBJECT, additionalProperties = MembershipType.class,
                                   propertyNames = Ern.class, description = "The membership type in each ERN")
                           Map<String, String> memberships) {

    public static ProviderJson of(ProviderSummary provider) {
        var memberships = new TreeMap<String, String>();
        provider.memberships().forEach((ern, type) -> memberships.put(ern.name(), type.name()));
        return new ProviderJson(provider.id().value().toString(), provider.name(), provider.country().code(),
                memberships);
    }
}
