package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A member's review of the outcome draft, with an optional comment (empty when none). */
public record OutcomeReview(UserId reviewer, Agreement agreement, String comment, Instant at) {

    public OutcomeReview {
        Require.present(reviewer, "outcome-review");
        Require.present(agreement, "outcome-review");
        comment = Values.optionalText(comment, "outcome-review", PanelLimits.SHORT_TEXT);
        Require.present(at, "outcome-review");
    }
}
