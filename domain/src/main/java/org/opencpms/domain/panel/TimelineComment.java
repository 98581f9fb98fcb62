package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A comment in the panel's timeline. */
public record TimelineComment(UserId author, String text, Instant at) implements PanelComment {

    public TimelineComment {
        Require.present(author, "comment");
        text = Require.text(text, "comment", PanelLimits.TEXT);
        Require.present(at, "comment");
    }
}
