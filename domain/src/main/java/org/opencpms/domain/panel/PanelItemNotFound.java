package org.opencpms.domain.panel;

import org.opencpms.domain.shared.NotFound;

/** A panel has no data request, meeting or contribution with the given identity. */
public final class PanelItemNotFound extends NotFound {

    public static final String DATA_REQUEST = "panel.data-request-not-found";
    public static final String MEETING = "panel.meeting-not-found";
    public static final String CONTRIBUTION = "panel.contribution-not-found";

    private static final long serialVersionUID = 1L;

    PanelItemNotFound(String code, String message) {
        super(code, message);
    }
}
