package org.opencpms.domain.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.UserId;

/**
 * Port: the lists of panels by user ("my panels"), read from what a store keeps beside each panel when it saves it,
 * so that a page costs the same however long the listed panels' histories are. Never returns null.
 */
public interface PanelListings {

    /**
     * One page of the panels the user leads, is a member of or has a pending invitation to, deleted ones left out:
     * exactly the panels {@link Panels#involving(org.opencpms.domain.shared.UserId, Optional, int)} gives, in the same
     * order ({@link PanelCursor#LIST_ORDER}), after {@code after} or from the first.
     *
     * @param limit how many at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    List<PanelListing> involving(UserId user, Optional<PanelCursor> after, int limit);
}
