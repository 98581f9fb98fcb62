package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A coordinator handed the panel from one lead ERN to another, with the reason. */
public record Forwarding(Ern from, Ern to, UserId by, String reason, Instant at) {

    public Forwarding {
        Require.present(from, "forwarding");
        Require.present(to, "forwarding");
        Require.present(by, "forwarding");
        reason = Require.text(reason, "reason", PanelLimits.SHORT_TEXT);
        Require.present(at, "forwarding");
    }
}
