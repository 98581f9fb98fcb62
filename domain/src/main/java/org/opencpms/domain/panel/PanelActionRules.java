package org.opencpms.domain.panel;

import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.ASSESSMENT;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DRAFT;
import static org.opencpms.domain.panel.PanelState.PANEL_SELECTION;
import static org.opencpms.domain.panel.PanelState.SIGN_OFF;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;

/**
 * The one statement of who may take each {@link PanelAction} on a panel, in which states and at which stage: the panel's
 * commands enforce it and {@link Panel#allowedActions} lists by it, so that the two cannot disagree.
 */
final class PanelActionRules {

    private static final Set<PanelState> FORM_EDITABLE = EnumSet.of(DRAFT, PANEL_SELECTION, ASSESSMENT);
    private static final Set<PanelState> SELECTING = EnumSet.of(PANEL_SELECTION, ASSESSMENT);
    private static final Set<PanelState> DISCUSSING = EnumSet.of(PANEL_SELECTION, ASSESSMENT, SIGN_OFF);
    private static final Set<PanelState> REVIEWING_CONTRIBUTIONS = EnumSet.of(ASSESSMENT, SIGN_OFF);
    private static final Set<PanelState> BEFORE_CLOSING = EnumSet.of(DRAFT, PANEL_SELECTION, ASSESSMENT, SIGN_OFF);
    private static final Set<PanelState> AFTER_CLOSING = EnumSet.of(CLOSED, ARCHIVED);

    private PanelActionRules() {
    }

    /** Why the actor may not take the action on the panel now (who, then state, then stage), or empty if they may. */
    static Optional<DomainException> refusal(Panel panel, PanelAction action, Actor actor) {
        return who(panel, action, actor).or(() -> when(panel, action));
    }

    private static Optional<DomainException> who(Panel panel, PanelAction action, Actor actor) {
        var lead = panel.lead();
        var ern = panel.leadErn();
        return switch (action) {
            case SUBMIT, START_ASSESSMENT, START_SIGN_OFF, CLOSE, ARCHIVE, ABORT, DELETE, RETURN_TO_PANEL_SELECTION,
                 RETURN_TO_ASSESSMENT -> {
                var to = action.target().orElseThrow();
                yield unless(Lifecycle.mayMove(actor, panel.state(), to, lead, ern), PanelForbidden.FORBIDDEN,
                        "you may not move this panel from " + panel.state() + " to " + to);
            }
            case EDIT_FORM, ANSWER_DATA_REQUEST -> unless(panel.isLead(actor.id()) || actor.isAssistantOf(lead),
                    PanelForbidden.NOT_LEAD, "only the panel lead or their assistant may do this");
            case SET_DEADLINE, HAND_OVER, DRAFT_OUTCOME, FINALISE_OUTCOME, RATE_USEFULNESS ->
                    unless(panel.isLead(actor.id()), PanelForbidden.NOT_LEAD, "only the panel lead may do this");
            case COMMENT, CHAT, CONTRIBUTE, COMMENT_ON_CONTRIBUTION -> unless(panel.isParticipant(actor.id()),
                    PanelForbidden.NOT_PARTICIPANT, "only the lead and members may do this");
            case REQUEST_DATA, REVIEW_OUTCOME -> unless(panel.isMember(actor.id()), PanelForbidden.NOT_MEMBER,
                    "only members other than the lead may do this");
            case ORGANISE_MEETINGS -> unless(panel.isLead(actor.id()) || actor.isPanelManagerIn(ern),
                    PanelForbidden.FORBIDDEN, "only the lead or a panel manager organises meetings");
            case INVITE -> unless(panel.isLead(actor.id()) || actor.assemblesPanelsFor(ern) || actor.isPanelManagerIn(ern),
                    PanelForbidden.FORBIDDEN, "only the lead or the ERN's coordination invites experts");
            case FORWARD -> unless(actor.isCoordinatorOf(ern), PanelForbidden.FORBIDDEN,
                    "only a coordinator of " + ern.code() + " forwards this panel");
            case ACCEPT_INVITATION, DECLINE_INVITATION -> invitee(panel, actor);
        };
    }

    private static Optional<DomainException> when(Panel panel, PanelAction action) {
        return switch (action) {
            case SUBMIT, START_ASSESSMENT, START_SIGN_OFF, ARCHIVE, ABORT, DELETE, RETURN_TO_PANEL_SELECTION,
                 RETURN_TO_ASSESSMENT -> move(panel, action);
            case CLOSE -> move(panel, action).or(() -> unless(panel.outcome().map(Outcome::isFinal).orElse(false),
                    () -> new PanelRuleViolation(PanelRuleViolation.OUTCOME_NOT_FINAL, "the outcome must be final before the panel closes")));
            case EDIT_FORM -> in(panel, FORM_EDITABLE, "edit the consultation form");
            case SET_DEADLINE -> in(panel, BEFORE_CLOSING, "set a deadline");
            case HAND_OVER -> in(panel, DISCUSSING, "hand the panel over");
            case INVITE -> in(panel, SELECTING, "invite experts");
            case ACCEPT_INVITATION, DECLINE_INVITATION -> in(panel, SELECTING, "answer an invitation");
            case FORWARD -> in(panel, SELECTING, "forward the panel");
            case COMMENT -> in(panel, DISCUSSING, "comment");
            case CHAT -> in(panel, DISCUSSING, "chat");
            case REQUEST_DATA -> in(panel, DISCUSSING, "request data");
            case ANSWER_DATA_REQUEST -> in(panel, DISCUSSING, "answer a data request");
            case CONTRIBUTE -> in(panel, EnumSet.of(ASSESSMENT), "contribute");
            case COMMENT_ON_CONTRIBUTION -> in(panel, REVIEWING_CONTRIBUTIONS, "comment on a contribution");
            case ORGANISE_MEETINGS -> in(panel, DISCUSSING, "organise meetings");
            case DRAFT_OUTCOME -> in(panel, EnumSet.of(SIGN_OFF), "draft the outcome").or(() -> outcomeOpen(panel));
            case REVIEW_OUTCOME -> in(panel, EnumSet.of(SIGN_OFF), "review the outcome").or(() -> outcomeDraft(panel));
            case FINALISE_OUTCOME -> in(panel, EnumSet.of(SIGN_OFF), "finalise the outcome").or(() -> outcomeDraft(panel));
            case RATE_USEFULNESS -> in(panel, AFTER_CLOSING, "rate the panel");
        };
    }

    /** A lifecycle move must be legal from the panel's state, and go the action's way (forward or back). */
    private static Optional<DomainException> move(Panel panel, PanelAction action) {
        var from = panel.state();
        var to = action.target().orElseThrow();
        return unless(Lifecycle.isLegal(from, to) && Lifecycle.isBackward(from, to) == action.isBackward(),
                () -> new PanelRuleViolation(PanelRuleViolation.ILLEGAL_TRANSITION, "a panel cannot move from " + from + " to " + to));
    }

    private static Optional<DomainException> invitee(Panel panel, Actor actor) {
        if (panel.hasPendingInvitation(actor.id())) {
            return Optional.empty();
        }
        return Optional.of(panel.invitations().stream().anyMatch(i -> i.invitee().equals(actor.id()))
                ? new PanelConflict(PanelConflict.INVITATION_ALREADY_ANSWERED, "the invitation was already answered")
                : new PanelForbidden(PanelForbidden.NOT_INVITED, "you were not invited to this panel"));
    }

    private static Optional<DomainException> outcomeOpen(Panel panel) {
        return unless(!panel.outcome().map(Outcome::isFinal).orElse(false),
                () -> new PanelConflict(PanelConflict.OUTCOME_ALREADY_FINAL, "the outcome is already final"));
    }

    private static Optional<DomainException> outcomeDraft(Panel panel) {
        return unless(panel.outcome().isPresent(), () -> new PanelRuleViolation(PanelRuleViolation.NO_OUTCOME_DRAFT,
                "the lead has not drafted the outcome yet")).or(() -> outcomeOpen(panel));
    }

    private static Optional<DomainException> in(Panel panel, Set<PanelState> allowed, String action) {
        return unless(allowed.contains(panel.state()), () -> new PanelRuleViolation(PanelRuleViolation.NOT_ALLOWED_IN_STATE,
                "cannot " + action + " in " + panel.state()));
    }

    private static Optional<DomainException> unless(boolean allowed, String code, String message) {
        return unless(allowed, () -> new PanelForbidden(code, message));
    }

    private static Optional<DomainException> unless(boolean allowed, Supplier<DomainException> refusal) {
        return allowed ? Optional.empty() : Optional.of(refusal.get());
    }
}
