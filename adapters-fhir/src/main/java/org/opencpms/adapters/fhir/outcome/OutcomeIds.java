package org.opencpms.adapters.fhir.outcome;

import java.util.Optional;
import java.util.UUID;
import org.opencpms.domain.shared.PanelId;

/**
 * The logical id of a panel's printed outcome, for its DocumentReference and its Binary: {@code outcome-} and the
 * panel's id (a document attached to the form has a 64-hex-digit id instead, so the two never meet).
 */
public final class OutcomeIds {

    private static final String PREFIX = "outcome-";

    private OutcomeIds() {
    }

    public static String of(PanelId panel) {
        return PREFIX + panel.value();
    }

    /** The panel whose outcome an id names; empty for an id of another shape. */
    public static Optional<PanelId> parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PanelId(UUID.fromString(id.substring(PREFIX.length()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
