package org.opencpms.domain.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * Port: all panels. Implementations store a panel's complete {@link Panel#snapshot() snapshot} and
 * refuse a save whose {@link Panel#version() version} is no longer the stored one with
 * {@link org.opencpms.domain.shared.ConcurrentUpdate} ({@code panel.concurrent-update}). Never returns null.
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
     * pending invitation to, the most recently drafted first; {@code limit} of them after skipping
     * {@code offset}.
     */
    List<Panel> involving(UserId user, int offset, int limit);
}
