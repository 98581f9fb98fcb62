package org.opencpms.domain.shared;

import java.util.UUID;

/** Identifies a virtual consultation panel. */
public record PanelId(UUID value) {

    public PanelId {
        Require.present(value, "panel-id");
    }

    public static PanelId random() {
        return new PanelId(UUID.randomUUID());
    }

    public static PanelId of(String value) {
        try {
            return new PanelId(UUID.fromString(Require.present(value, "panel-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("panel-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
