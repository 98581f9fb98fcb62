package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * One move of a panel through its lifecycle: from where to where, who, when and why (empty when no
 * reason was given). Invariant: the move is legal by {@link Lifecycle}.
 */
public record Transition(PanelState from, PanelState to, UserId by, Instant at, String reason) {

    public Transition {
        Require.present(from, "transition");
        Require.present(to, "transition");
        Require.present(by, "transition");
        Require.present(at, "transition");
        if (!Lifecycle.isLegal(from, to)) {
            throw new InvalidValue("transition", "not a legal transition: " + from + " to " + to);
        }
        reason = Values.optionalText(reason, "reason", PanelLimits.SHORT_TEXT);
    }
}
