package org.opencpms.domain.panel;

import org.opencpms.domain.shared.RuleViolation;

/** A panel command that breaks a rule of the consultation. */
public final class PanelRuleViolation extends RuleViolation {

    public static final String ILLEGAL_TRANSITION = "panel.illegal-transition";
    /** The command is not possible in the panel's current state. */
    public static final String NOT_ALLOWED_IN_STATE = "panel.not-allowed-in-state";
    /** Consent for care and for sharing within the ERN is not (or no longer) in force. */
    public static final String SHARING_CONSENT_REQUIRED = "panel.sharing-consent-required";
    /** The reason for the request or the clinical question is missing. */
    public static final String FORM_INCOMPLETE = "panel.consultation-form-incomplete";
    /** Only health professionals and this panel's guest experts can be invited. */
    public static final String INVITEE_NOT_ELIGIBLE = "panel.invitee-not-eligible";
    public static final String FORWARD_TO_SAME_ERN = "panel.forward-to-same-ern";
    /** The lead can be handed only to a member who is a health professional in the lead ERN. */
    public static final String HANDOVER_NOT_ELIGIBLE = "panel.handover-not-eligible";
    public static final String ATTENDEE_NOT_PARTICIPANT = "panel.attendee-not-participant";
    public static final String MEETING_NOT_IN_FUTURE = "panel.meeting-not-in-future";
    public static final String MEETING_NOT_STARTED = "panel.meeting-not-started";
    public static final String OWN_CONTRIBUTION = "panel.own-contribution";
    public static final String NO_OUTCOME_DRAFT = "panel.no-outcome-draft";
    public static final String OUTCOME_NOT_FINAL = "panel.outcome-not-final";
    public static final String QUORUM_NOT_REACHED = "panel.quorum-not-reached";
    public static final String DEADLINE_NOT_IN_FUTURE = "panel.deadline-not-in-future";

    private static final long serialVersionUID = 1L;

    PanelRuleViolation(String code, String message) {
        super(code, message);
    }
}
