package org.opencpms.domain.panel;

import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/** Identifies a meeting within its panel. */
public record MeetingId(UUID value) {

    public MeetingId {
        Require.present(value, "meeting-id");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId of(String value) {
        try {
            return new MeetingId(UUID.fromString(Require.present(value, "meeting-id")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("meeting-id", "not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
