package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** How useful the lead found the closed panel, from 1 (not at all) to 5 (very). */
public record Usefulness(int rating, UserId ratedBy, Instant ratedAt) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Usefulness {
        if (rating < LOWEST || rating > HIGHEST) {
            throw new InvalidValue("usefulness", "usefulness is rated from 1 to 5, not " + rating);
        }
        Require.present(ratedBy, "usefulness");
        Require.present(ratedAt, "usefulness");
    }
}
