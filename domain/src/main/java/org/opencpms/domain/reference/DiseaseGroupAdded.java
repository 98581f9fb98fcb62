package org.opencpms.domain.reference;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;

/** An ERN gained a thematic disease group. */
public record DiseaseGroupAdded(Ern ern, String groupCode, Instant occurredAt) implements DomainEvent {

    public DiseaseGroupAdded {
        Require.present(ern, "ern");
        Require.present(groupCode, "disease-group-code");
        Require.present(occurredAt, "occurred-at");
    }
}
