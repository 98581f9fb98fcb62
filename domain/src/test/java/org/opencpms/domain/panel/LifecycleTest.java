package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.panel.Fixtures.ASSISTANT;
import static org.opencpms.domain.panel.Fixtures.COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.ERN;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.OTHER_COORDINATOR;
import static org.opencpms.domain.panel.Fixtures.OTHER_DISPATCHER;
import static org.opencpms.domain.panel.Fixtures.PANEL_MANAGER;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;
import static org.opencpms.domain.panel.PanelState.ABORTED;
import static org.opencpms.domain.panel.PanelState.ARCHIVED;
import static org.opencpms.domain.panel.PanelState.ASSESSMENT;
import static org.opencpms.domain.panel.PanelState.CLOSED;
import static org.opencpms.domain.panel.PanelState.DELETED;
import static org.opencpms.domain.panel.PanelState.DRAFT;
import static org.opencpms.domain.panel.PanelState.PANEL_SELECTION;
import static org.opencpms.domain.panel.PanelState.SIGN_OFF;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.user.Actor;

class LifecycleTest {

    private static final Map<PanelState, Set<PanelState>> PRODUCT = Map.of(
            DRAFT, Set.of(PANEL_SELECTION, ABORTED, DELETED),
            PANEL_SELECTION, Set.of(ASSESSMENT, ABORTED),
            ASSESSMENT, Set.of(SIGN_OFF, PANEL_SELECTION, ABORTED),
            SIGN_OFF, Set.of(CLOSED, ASSESSMENT, ABORTED),
            CLOSED, Set.of(ARCHIVED),
            ARCHIVED, Set.of(),
            ABORTED, Set.of(),
            DELETED, Set.of());

    @Test
    void the_legal_transitions_are_exactly_those_of_the_product() {
        for (PanelState from : PanelState.values()) {
            assertThat(Lifecycle.successors(from)).as(from.name()).isEqualTo(PRODUCT.get(from));
            for (PanelState to : PanelState.values()) {
                assertThat(Lifecycle.isLegal(from, to)).as(from + " -> " + to).isEqualTo(PRODUCT.get(from).contains(to));
            }
        }
    }

    @Test
    void the_successors_cannot_be_changed() {
        assertThatThrownBy(() -> Lifecycle.successors(DRAFT).add(CLOSED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void archived_aborted_and_deleted_are_final() {
        for (PanelState state : PanelState.values()) {
            assertThat(Lifecycle.isFinal(state)).as(state.name()).isEqualTo(Set.of(ARCHIVED, ABORTED, DELETED).contains(state));
        }
    }

    @Test
    void the_backward_steps_are_sign_off_to_assessment_and_assessment_to_panel_selection() {
        for (PanelState from : PanelState.values()) {
            for (PanelState to : PanelState.values()) {
                boolean backward = from == SIGN_OFF && to == ASSESSMENT || from == ASSESSMENT && to == PANEL_SELECTION;
                assertThat(Lifecycle.isBackward(from, to)).as(from + " -> " + to).isEqualTo(backward);
            }
        }
        assertThat(Lifecycle.isBackward(SIGN_OFF, PANEL_SELECTION)).as("not a legal step").isFalse();
    }

    @Test
    void backward_steps_and_aborts_need_a_reason() {
        for (PanelState from : PanelState.values()) {
            for (PanelState to : Lifecycle.successors(from)) {
                boolean needed = Lifecycle.isBackward(from, to) || to == ABORTED;
                assertThat(Lifecycle.requiresReason(from, to)).as(from + " -> " + to).isEqualTo(needed);
            }
        }
    }

    @Test
    void the_lead_may_make_every_move() {
        for (PanelState from : PanelState.values()) {
            for (PanelState to : PanelState.values()) {
                assertThat(Lifecycle.mayMove(LEAD, from, to, LEAD.id(), ERN)).isTrue();
            }
        }
    }

    @Test
    void a_coordinator_of_the_lead_ern_may_also_abort_archive_and_start_the_assessment() {
        for (PanelState from : PanelState.values()) {
            for (PanelState to : PanelState.values()) {
                boolean allowed = to == ABORTED || to == ARCHIVED || from == PANEL_SELECTION && to == ASSESSMENT;
                assertThat(Lifecycle.mayMove(COORDINATOR, from, to, LEAD.id(), ERN)).as(from + " -> " + to).isEqualTo(allowed);
            }
        }
    }

    @Test
    void a_dispatcher_of_the_lead_ern_may_also_start_the_assessment_only() {
        for (PanelState from : PanelState.values()) {
            for (PanelState to : PanelState.values()) {
                boolean allowed = from == PANEL_SELECTION && to == ASSESSMENT;
                assertThat(Lifecycle.mayMove(DISPATCHER, from, to, LEAD.id(), ERN)).as(from + " -> " + to).isEqualTo(allowed);
            }
        }
    }

    @Test
    void nobody_else_may_move_a_panel() {
        for (Actor other : new Actor[] {EXPERT, PANEL_MANAGER, ASSISTANT, OTHER_COORDINATOR, OTHER_DISPATCHER}) {
            for (PanelState from : PanelState.values()) {
                for (PanelState to : PanelState.values()) {
                    assertThat(Lifecycle.mayMove(other, from, to, LEAD.id(), ERN)).isFalse();
                }
            }
        }
    }

    @Test
    void authorising_checks_who_then_legality_then_the_reason() {
        assertFailsWith(() -> Lifecycle.authorise(EXPERT, CLOSED, DRAFT, LEAD.id(), ERN, null)).isEqualTo("panel.forbidden");
        assertFailsWith(() -> Lifecycle.authorise(LEAD, CLOSED, DRAFT, LEAD.id(), ERN, null)).isEqualTo("panel.illegal-transition");
        assertFailsWith(() -> Lifecycle.authorise(LEAD, DRAFT, ABORTED, LEAD.id(), ERN, " ")).isEqualTo("reason.invalid");
        assertFailsWith(() -> Lifecycle.authorise(LEAD, DRAFT, ABORTED, LEAD.id(), ERN, null)).isEqualTo("reason.invalid");
        assertThat(Lifecycle.authorise(LEAD, DRAFT, ABORTED, LEAD.id(), ERN, " duplicate ")).isEqualTo("duplicate");
        assertThat(Lifecycle.authorise(LEAD, DRAFT, PANEL_SELECTION, LEAD.id(), ERN, null)).isEmpty();
        assertThat(Lifecycle.authorise(LEAD, DRAFT, PANEL_SELECTION, LEAD.id(), ERN, " ready ")).isEqualTo("ready");
    }

    @Test
    void a_reason_has_a_maximum_length() {
        String longest = "r".repeat(PanelLimits.SHORT_TEXT);
        assertThat(Lifecycle.authorise(LEAD, DRAFT, ABORTED, LEAD.id(), ERN, longest)).hasSize(4_000);
        assertFailsWith(() -> Lifecycle.authorise(LEAD, DRAFT, ABORTED, LEAD.id(), ERN, longest + "r")).isEqualTo("reason.invalid");
        assertFailsWith(() -> Lifecycle.authorise(LEAD, DRAFT, PANEL_SELECTION, LEAD.id(), ERN, longest + "r"))
                .isEqualTo("reason.invalid");
    }
}
