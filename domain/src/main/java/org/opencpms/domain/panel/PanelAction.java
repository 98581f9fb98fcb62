package org.opencpms.domain.panel;

import java.util.Optional;

/**
 * What an actor does with a panel, one constant per panel command (a constant may stand for a few commands that share
 * their rules: {@link #EDIT_FORM} also attaches imaging studies, {@link #ORGANISE_MEETINGS} schedules, reschedules and
 * cancels meetings and attaches their recordings); {@link #CHAT} is posting in the panel's chat
 * ({@link org.opencpms.domain.chat.ChatMessage#post}).
 *
 * <p>{@link Panel#allowedActions} lists those an actor may take now; the command checks the very same rules first, in
 * this order: who may, in which state, and at which stage (the outcome drafted, final or not; an invitation pending).
 * An action listed is therefore accepted by its command unless the command's own rules refuse its input or the
 * records it needs (a complete form, the patient's consents, the ERN's quorum, a valid text); an action not listed is
 * refused. Copying a panel, which depends on the patient, is not among them.
 */
public enum PanelAction {
    SUBMIT(PanelState.PANEL_SELECTION),
    START_ASSESSMENT(PanelState.ASSESSMENT),
    START_SIGN_OFF(PanelState.SIGN_OFF),
    CLOSE(PanelState.CLOSED),
    ARCHIVE(PanelState.ARCHIVED),
    ABORT(PanelState.ABORTED),
    DELETE(PanelState.DELETED),
    RETURN_TO_PANEL_SELECTION(PanelState.PANEL_SELECTION),
    RETURN_TO_ASSESSMENT(PanelState.ASSESSMENT),
    EDIT_FORM(null),
    SET_DEADLINE(null),
    HAND_OVER(null),
    INVITE(null),
    ACCEPT_INVITATION(null),
    DECLINE_INVITATION(null),
    FORWARD(null),
    COMMENT(null),
    CHAT(null),
    REQUEST_DATA(null),
    ANSWER_DATA_REQUEST(null),
    CONTRIBUTE(null),
    COMMENT_ON_CONTRIBUTION(null),
    ORGANISE_MEETINGS(null),
    DRAFT_OUTCOME(null),
    REVIEW_OUTCOME(null),
    FINALISE_OUTCOME(null),
    RATE_USEFULNESS(null);

    private final PanelState target;

    PanelAction(PanelState target) {
        this.target = target;
    }

    /** The state a lifecycle move leads to; empty for an action that does not move the panel. */
    public Optional<PanelState> target() {
        return Optional.ofNullable(target);
    }

    /** A step back along the normal path, which must say why. */
    public boolean isBackward() {
        return this == RETURN_TO_PANEL_SELECTION || this == RETURN_TO_ASSESSMENT;
    }
}
