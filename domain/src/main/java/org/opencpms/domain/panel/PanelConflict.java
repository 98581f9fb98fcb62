package org.opencpms.domain.panel;

import org.opencpms.domain.shared.Conflict;

/** A panel command that clashes with what was already done. */
public final class PanelConflict extends Conflict {

    /** The invitee is already the lead, a member, or invited and has not answered yet. */
    public static final String DUPLICATE_INVITATION = "panel.duplicate-invitation";
    public static final String INVITATION_ALREADY_ANSWERED = "panel.invitation-already-answered";
    public static final String DATA_REQUEST_ALREADY_ANSWERED = "panel.data-request-already-answered";
    public static final String MEETING_CANCELLED = "panel.meeting-cancelled";
    public static final String OUTCOME_ALREADY_FINAL = "panel.outcome-already-final";
    /** The consultation form already lists this imaging study. */
    public static final String STUDY_ALREADY_LISTED = "panel.study-already-listed";

    private static final long serialVersionUID = 1L;

    PanelConflict(String code, String message) {
        super(code, message);
    }
}
