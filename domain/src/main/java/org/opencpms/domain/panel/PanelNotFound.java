package org.opencpms.domain.panel;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PanelId;

/** No panel with this id. */
public final class PanelNotFound extends NotFound {

    public static final String CODE = "panel.not-found";
    private static final long serialVersionUID = 1L;

    public PanelNotFound(PanelId id) {
        super(CODE, "no panel " + id);
    }
}
