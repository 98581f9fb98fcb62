package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** The lead handed the panel to a member; the previous lead stays on as a member. */
public record Handover(UserId from, UserId to, UserId by, Instant at) {

    public Handover {
        Require.present(from, "handover");
        Require.present(to, "handover");
        Require.present(by, "handover");
        Require.present(at, "handover");
    }
}
