package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.UserId;

/**
 * What every comment on a panel has, whether in its timeline ({@link TimelineComment}) or on a contribution
 * ({@link ContributionComment}): its author, its text and when it was made. Comments are only ever added, never
 * changed or removed, so a comment's place in its list never moves.
 * Sealed: the two kinds of comment are all there are (and so it is a domain value, not a port).
 */
public sealed interface PanelComment permits TimelineComment, ContributionComment {

    UserId author();

    String text();

    Instant at();
}
