package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.CENTRE;
import static org.opencpms.domain.panel.Fixtures.CONFIGURATION;
import static org.opencpms.domain.panel.Fixtures.CONSENTING;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.FOREIGN_EXPERT;
import static org.opencpms.domain.panel.Fixtures.LATER;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NEWCOMER;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.OTHER_COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.OTHER_ERN;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.RESEARCHER;
import static org.opencpms.domain.panel.Fixtures.SECOND_EXPERT;
import static org.opencpms.domain.panel.Fixtures.T0;
import static org.opencpms.domain.panel.Fixtures.VIDEO_LINK;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** The actions a panel lists for an actor are exactly those its commands accept from them. */
class PanelActionsTest {

    private static final List<Actor> ACTORS = List.of(LEAD, EXPERT, SECOND_EXPERT, ASSISTANT, COORDINATOR, DISPATCHER,
            PANEL_MANAGER, OTHER_COORDINATOR, FOREIGN_EXPERT, RESEARCHER, NEWCOMER);

    /** Every state, and in sign-off every stage of the outcome; {@link #SECOND_EXPERT} invited while experts are. */
    private static List<Supplier<Panel>> panels() {
        return List.of(Fixtures::draft, () -> discussing(PanelState.PANEL_SELECTION),
                () -> discussing(PanelState.ASSESSMENT), () -> discussing(PanelState.SIGN_OFF),
                PanelActionsTest::withDraftOutcome, PanelActionsTest::readyToClose, Fixtures::closed, PanelActionsTest::archived,
                PanelActionsTest::aborted, PanelActionsTest::deleted);
    }

    @Test
    void an_action_listed_is_accepted_by_its_command_and_an_action_not_listed_is_refused() {
        var disagreements = new ArrayList<String>();
        int checked = 0;
        for (Supplier<Panel> fresh : panels()) {
            for (Actor actor : ACTORS) {
                Panel listing = fresh.get();
                Set<PanelAction> allowed = listing.allowedActions(actor);
                for (PanelAction action : PanelAction.values()) {
                    Throwable refusal = catchThrowable(() -> take(action, fresh.get(), actor));
                    assertThat(refusal).satisfiesAnyOf(r -> assertThat(r).isNull(),
                            r -> assertThat(r).isInstanceOf(DomainException.class));
                    if (allowed.contains(action) != (refusal == null)) {
                        disagreements.add(listing.state() + " " + action + " by " + name(actor) + ": listed "
                                + allowed.contains(action) + ", refused with " + refusal);
                    }
                    checked++;
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).isEqualTo(10 * ACTORS.size() * PanelAction.values().length);
    }

    @Test
    void each_role_sees_its_own_moves_in_sign_off_with_a_draft_outcome() {
        Panel panel = withDraftOutcome();

        assertThat(panel.allowedActions(LEAD)).contains(PanelAction.FINALISE_OUTCOME, PanelAction.DRAFT_OUTCOME)
                .doesNotContain(PanelAction.REVIEW_OUTCOME, PanelAction.CLOSE);
        assertThat(panel.allowedActions(EXPERT)).contains(PanelAction.REVIEW_OUTCOME, PanelAction.COMMENT)
                .doesNotContain(PanelAction.FINALISE_OUTCOME, PanelAction.CONTRIBUTE);
        assertThat(panel.allowedActions(RESEARCHER)).isEmpty();
    }

    @Test
    void the_step_back_commands_only_step_back() {
        Panel draft = Fixtures.draft();
        Fixtures.assertFailsWith(() -> draft.returnToPanelSelection(LEAD, "skip the checks", NOW))
                .isEqualTo("panel.illegal-transition");
        Panel selecting = discussing(PanelState.PANEL_SELECTION);
        Fixtures.assertFailsWith(() -> selecting.returnToAssessment(LEAD, "forward", NOW))
                .isEqualTo("panel.illegal-transition");
    }

    private static void take(PanelAction action, Panel panel, Actor actor) {
        switch (action) {
            case SUBMIT -> panel.submit(actor, CONSENTING, CONFIGURATION, NOW);
            case START_ASSESSMENT -> panel.startAssessment(actor, NOW);
            case START_SIGN_OFF -> panel.startSignOff(actor, NOW);
            case CLOSE -> panel.close(actor, CONFIGURATION, NOW);
            case ARCHIVE -> panel.archive(actor, NOW);
            case ABORT -> panel.abort(actor, "The patient moved abroad", NOW);
            case DELETE -> panel.delete(actor, NOW);
            case RETURN_TO_PANEL_SELECTION -> panel.returnToPanelSelection(actor, "Another expert is needed", NOW);
            case RETURN_TO_ASSESSMENT -> panel.returnToAssessment(actor, "New results", NOW);
            case EDIT_FORM -> panel.editForm(actor, Fixtures.completeForm(), NOW);
            case SET_DEADLINE -> panel.setDeadline(actor, LATER, NOW);
            case HAND_OVER -> panel.handOver(EXPERT, actor, NOW);
            case INVITE -> panel.invite(Fixtures.person(RoleGrant.healthProfessional(ERN, CENTRE)), actor, NOW);
            case ACCEPT_INVITATION -> panel.accept(actor, NOW);
            case DECLINE_INVITATION -> panel.decline(actor, NOW);
            case FORWARD -> panel.forward(OTHER_ERN, actor, "Better placed there", NOW);
            case COMMENT -> panel.comment(actor, "Seen", NOW);
            case CHAT -> ChatMessage.post(ChatMessageId.random(), panel, actor, "Seen", NOW);
            case REQUEST_DATA -> panel.requestData(actor, "The latest MRI, please", NOW);
            case ANSWER_DATA_REQUEST -> panel.answerDataRequest(openRequest(panel), actor, "Attached", List.of(), NOW);
            case CONTRIBUTE -> panel.contribute(actor, "Probably Becker", NOW);
            case COMMENT_ON_CONTRIBUTION -> panel.commentOnContribution(
                    actor.equals(LEAD) ? EXPERT.id() : LEAD.id(), actor, "Agreed", NOW);
            case ORGANISE_MEETINGS -> panel.scheduleMeeting(actor, LATER, Duration.ofHours(1), Set.of(panel.lead()),
                    VIDEO_LINK, NOW);
            case DRAFT_OUTCOME -> panel.draftOutcome(actor, "Becker muscular dystrophy", "Test DMD", "Physiotherapy", NOW);
            case REVIEW_OUTCOME -> panel.reviewOutcome(actor, Agreement.AGREE, null, NOW);
            case FINALISE_OUTCOME -> panel.finaliseOutcome(actor, NOW);
            case RATE_USEFULNESS -> panel.rateUsefulness(actor, 4, NOW);
        }
    }

    private static DataRequestId openRequest(Panel panel) {
        return panel.dataRequests().stream().filter(r -> r.answer().isEmpty()).map(DataRequest::id).findFirst()
                .orElseGet(DataRequestId::random);
    }

    /** Led by {@link Fixtures#LEAD} with {@link Fixtures#EXPERT} as member, both contributed, a data request open. */
    private static Panel discussing(PanelState state) {
        Panel panel = Fixtures.inSelection(EXPERT);
        panel.invite(SECOND_EXPERT, LEAD, T0);
        panel.requestData(EXPERT, "Biopsy images", T0);
        if (state != PanelState.PANEL_SELECTION) {
            panel.startAssessment(LEAD, T0);
            panel.contribute(LEAD, "Looks like Becker", T0);
            panel.contribute(EXPERT, "Agree, test DMD", T0);
        }
        if (state == PanelState.SIGN_OFF) {
            panel.startSignOff(LEAD, T0);
        }
        panel.pullEvents();
        return panel;
    }

    private static Panel withDraftOutcome() {
        Panel panel = discussing(PanelState.SIGN_OFF);
        panel.draftOutcome(LEAD, "Becker muscular dystrophy", "Test DMD", "Physiotherapy", T0);
        return panel;
    }

    private static Panel readyToClose() {
        Panel panel = withDraftOutcome();
        panel.finaliseOutcome(LEAD, T0);
        return panel;
    }

    private static Panel archived() {
        Panel panel = Fixtures.closed();
        panel.archive(LEAD, T0);
        return panel;
    }

    private static Panel aborted() {
        Panel panel = discussing(PanelState.ASSESSMENT);
        panel.abort(LEAD, "The family withdrew", T0);
        return panel;
    }

    private static Panel deleted() {
        Panel panel = Fixtures.draft();
        panel.delete(LEAD, T0);
        return panel;
    }

    private static String name(Actor actor) {
        return actor.grants().isEmpty() ? "newcomer"
                : actor.equals(LEAD) ? "lead" : actor.equals(EXPERT) ? "member" : actor.equals(SECOND_EXPERT) ? "invitee"
                : actor.grants().toString();
    }
}
