package org.opencpms.domain.panel;

import org.opencpms.domain.shared.NotFound;

/** A panel has no data request, meeting, contribution or document with the given identity, or no outcome yet. */
public final class PanelItemNotFound extends NotFound {

    public static final String DATA_REQUEST = "panel.data-request-not-found";
    public static final String MEETING = "panel.meeting-not-found";
    public static final String CONTRIBUTION = "panel.contribution-not-found";
    public static final String OUTCOME = "panel.outcome-not-found";
    public static final String DOCUMENT = "panel.document-not-found";

    private static final long serialVersionUID = 1L;

    PanelItemNotFound(String code, String message) {
        super(code, message);
    }

    /** The panel has no meeting with this id. */
    public static PanelItemNotFound meeting(MeetingId id) {
        return new PanelItemNotFound(MEETING, "no meeting " + id + " on this panel");
    }

    /** The panel has no data request with this id. */
    public static PanelItemNotFound dataRequest(DataRequestId id) {
        return new PanelItemNotFound(DATA_REQUEST, "no data request " + id + " on this panel");
    }

    /** The panel lists no document with this storage key. */
    public static PanelItemNotFound document(String key) {
        return new PanelItemNotFound(DOCUMENT, "no document " + key + " on this panel");
    }

    /** The lead has not drafted the panel's outcome yet, so there is none to show. */
    public static PanelItemNotFound outcome() {
        return new PanelItemNotFound(OUTCOME, "the lead has not drafted the outcome of this panel yet");
    }
}
