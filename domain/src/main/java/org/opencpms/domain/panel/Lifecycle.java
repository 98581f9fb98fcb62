package org.opencpms.domain.panel;

import static org.opencpms.domain.panel.PanelState.ABORTED;
import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.ASSESSMENT;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DELETED;
import static org.opencpms.domain.panel.PanelState.DRAFT;
import static org.opencpms.domain.panel.PanelState.PANEL_SELECTION;
import static org.opencpms.domain.panel.PanelState.SIGN_OFF;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * The panel lifecycle: the one place that says which transitions are legal and who may make them.
 *
 * <pre>
 * DRAFT -&gt; PANEL_SELECTION -&gt; ASSESSMENT -&gt; SIGN_OFF -&gt; CLOSED -&gt; ARCHIVED
 * ABORTED from DRAFT, PANEL_SELECTION, ASSESSMENT, SIGN_OFF;  DELETED from DRAFT only
 * backward: SIGN_OFF -&gt; ASSESSMENT, ASSESSMENT -&gt; PANEL_SELECTION (reason required)
 * </pre>
 *
 * <p>Who: the lead may make every transition; a coordinator of the lead ERN may also abort and
 * archive; a coordinator or dispatcher of the lead ERN may also move PANEL_SELECTION to ASSESSMENT
 * on the lead's behalf. A backward step or an abort needs a reason.
 */
public final class Lifecycle {

    private static final Map<PanelState, Set<PanelState>> SUCCESSORS = new EnumMap<>(PanelState.class);
    private static final Map<PanelState, PanelState> BACKWARD = new EnumMap<>(PanelState.class);

    static {
        allow(DRAFT, PANEL_SELECTION, ABORTED, DELETED);
        allow(PANEL_SELECTION, ASSESSMENT, ABORTED);
        allow(ASSESSMENT, SIGN_OFF, ABORTED);
        allow(SIGN_OFF, CLOSED, ABORTED);
        allow(CLOSED, ARCHIVED);
        allow(ARCHIVED);
        allow(ABORTED);
        allow(DELETED);
        allowBack(ASSESSMENT, PANEL_SELECTION);
        allowBack(SIGN_OFF, ASSESSMENT);
    }

    private Lifecycle() {
    }

    private static void allow(PanelState from, PanelState... to) {
        Set<PanelState> next = EnumSet.noneOf(PanelState.class);
        next.addAll(Set.of(to));
        SUCCESSORS.put(from, next);
    }

    private static void allowBack(PanelState from, PanelState to) {
        SUCCESSORS.get(from).add(to);
        BACKWARD.put(from, to);
    }

    /** The states a panel may move to from {@code from}; empty for a final state. */
    public static Set<PanelState> successors(PanelState from) {
        return Collections.unmodifiableSet(SUCCESSORS.get(from));
    }

    public static boolean isLegal(PanelState from, PanelState to) {
        return successors(from).contains(to);
    }

    /** No transition leaves this state (ARCHIVED, ABORTED, DELETED). */
    public static boolean isFinal(PanelState state) {
        return successors(state).isEmpty();
    }

    /** A legal step back along the normal path (SIGN_OFF to ASSESSMENT, ASSESSMENT to PANEL_SELECTION). */
    public static boolean isBackward(PanelState from, PanelState to) {
        return BACKWARD.get(from) == to;
    }

    /** Backward steps and aborts must say why. */
    public static boolean requiresReason(PanelState from, PanelState to) {
        return isBackward(from, to) || to == ABORTED;
    }

    /** Whether {@code actor} may move a panel led by {@code lead} in {@code leadErn} from {@code from} to {@code to}. */
    public static boolean mayMove(Actor actor, PanelState from, PanelState to, UserId lead, Ern leadErn) {
        return actor.id().equals(lead)
                || (to == ABORTED || to == ARCHIVED) && actor.isCoordinatorOf(leadErn)
                || from == PANEL_SELECTION && to == ASSESSMENT && actor.assemblesPanelsFor(leadErn);
    }

    /**
     * Checks a move in this order: who ({@code panel.forbidden}), legality ({@code panel.illegal-transition}),
     * reason ({@code reason.invalid} when required and blank). Returns the reason to record (empty if none).
     */
    static String authorise(Actor actor, PanelState from, PanelState to, UserId lead, Ern leadErn, String reason) {
        if (!mayMove(actor, from, to, lead, leadErn)) {
            throw new PanelForbidden(PanelForbidden.FORBIDDEN, "you may not move this panel from " + from + " to " + to);
        }
        if (!isLegal(from, to)) {
            throw new PanelRuleViolation(PanelRuleViolation.ILLEGAL_TRANSITION, "a panel cannot move from " + from + " to " + to);
        }
        return requiresReason(from, to)
                ? Require.text(reason, "reason", PanelLimits.SHORT_TEXT)
                : Values.optionalText(reason, "reason", PanelLimits.SHORT_TEXT);
    }
}
