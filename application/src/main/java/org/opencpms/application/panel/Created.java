package org.opencpms.application.panel;

import java.util.Objects;
import java.util.Optional;

/**
 * What a panel command created (a panel, a meeting, a data request), by its id, and the panel as the command's actor
 * sees it right after, made in the same transaction; empty should the actor not see the panel.
 */
public record Created<T>(T id, Optional<PanelView> panel) {

    public Created {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(panel, "panel");
    }
}
