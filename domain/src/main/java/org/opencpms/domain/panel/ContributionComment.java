package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A participant's comment on another participant's contribution. */
public record ContributionComment(UserId author, String text, Instant at) implements PanelComment {

    public ContributionComment {
        Require.present(author, "contribution-comment");
        text = Require.text(text, "contribution-comment", PanelLimits.TEXT);
        Require.present(at, "contribution-comment");
    }
}
