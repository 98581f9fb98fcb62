package org.opencpms.domain.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * Port: all panels. Implementations store a panel's complete {@link Panel#snapshot() snapshot} and
 * refuse a save whose {@link Panel#version() version} is no longer the stored one with
 * {@link org.opencpms.domain.shared.ConcurrentUpdate} ({@code panel.concurrent-update}); a save stores the next
 * version (0 for a new panel, the panel's version plus one for an existing one), so that a change knows the version
 * it produced without reading the panel again. Never returns null.
 */
public interface Panels {

    Optional<Panel> find(PanelId id);

    /** The panel; {@link PanelNotFound} ({@code panel.not-found}) if there is none. */
    default Panel get(PanelId id) {
        return find(id).orElseThrow(() -> new PanelNotFound(id));
    }

    void save(Panel panel);

    /** Every panel of the patient, in every state, the most recently drafted first. */
    List<Panel> ofPatient(PatientId patient);

    /**
     * "My panels": the panels, except deleted ones, that the user leads, is a member of, or has a
     * pending invitation to, the most recently drafted first, ties by id as its canonical text
     * ({@link PanelCursor#LIST_ORDER}); {@code limit} of them after skipping {@code offset}.
     */
    List<Panel> involving(UserId user, int offset, int limit);

    /**
     * "My panels" in the same order as {@link #involving(UserId, int, int)} ({@link PanelCursor#LIST_ORDER}),
     * read by position rather than by offset: {@code limit} of them after {@code after}, or from the
     * first when it is empty. Panels saved between two reads never shift or repeat those already read.
     *
     * @param limit how many at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit);
}
