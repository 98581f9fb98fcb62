package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.domain.panel.Fixtures.EXPERT;
import static org.opencpms.domain.panel.Fixtures.LEAD;
import static org.opencpms.domain.panel.Fixtures.NOW;
import static org.opencpms.domain.panel.Fixtures.assertFailsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PanelSnapshotTest {

    private static final PanelSnapshot BASE = Fixtures.inAssessment(EXPERT).snapshot();

    private static PanelSnapshot with(PanelState state, List<Transition> history, List<Contribution> contributions,
                                      List<DataRequest> dataRequests, List<Meeting> meetings, long version) {
        var s = BASE;
        return new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(), s.draftedAt(),
                s.copiedFrom(), state, s.form(), s.deadline(), history, s.forwardings(), s.handovers(), s.invitations(),
                s.comments(), dataRequests, contributions, meetings, s.outcome(), s.usefulness(), version);
    }

    private static PanelSnapshot withHistory(PanelState state, List<Transition> history) {
        return with(state, history, List.of(), List.of(), List.of(), 0);
    }

    private static Transition move(PanelState from, PanelState to) {
        return new Transition(from, to, LEAD.id(), NOW, "why");
    }

    @Test
    void the_history_is_a_chain_from_draft_to_the_state() {
        assertThat(withHistory(PanelState.DRAFT, List.of()).state()).isEqualTo(PanelState.DRAFT);
        assertThat(withHistory(PanelState.ASSESSMENT, List.of(move(PanelState.DRAFT, PanelState.PANEL_SELECTION),
                move(PanelState.PANEL_SELECTION, PanelState.ASSESSMENT))).history()).hasSize(2);
        assertFailsWith(() -> withHistory(PanelState.PANEL_SELECTION, List.of())).isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> withHistory(PanelState.ASSESSMENT, List.of(move(PanelState.PANEL_SELECTION, PanelState.ASSESSMENT))))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> withHistory(PanelState.SIGN_OFF, List.of(move(PanelState.DRAFT, PanelState.PANEL_SELECTION),
                move(PanelState.ASSESSMENT, PanelState.SIGN_OFF)))).isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> withHistory(PanelState.ASSESSMENT, List.of(move(PanelState.DRAFT, PanelState.PANEL_SELECTION))))
                .isEqualTo("panel-snapshot.invalid");
    }

    @Test
    void contributions_data_requests_and_meetings_are_unique() {
        var history = BASE.history();
        var contribution = new Contribution(LEAD.id(), "t", NOW, NOW, List.of());
        var request = new DataRequest(DataRequestId.random(), EXPERT.id(), "t", NOW, Optional.empty());
        var meeting = new Meeting(MeetingId.random(), LEAD.id(), NOW, Duration.ofHours(1), Set.of(LEAD.id()),
                VideoLink.of(Fixtures.VIDEO_LINK), MeetingStatus.SCHEDULED, Optional.empty());
        assertThat(with(PanelState.ASSESSMENT, history, List.of(contribution), List.of(request), List.of(meeting), 0).meetings()).hasSize(1);
        assertFailsWith(() -> with(PanelState.ASSESSMENT, history, List.of(contribution, contribution), List.of(), List.of(), 0))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> with(PanelState.ASSESSMENT, history, List.of(), List.of(request, request), List.of(), 0))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> with(PanelState.ASSESSMENT, history, List.of(), List.of(), List.of(meeting, meeting), 0))
                .isEqualTo("panel-snapshot.invalid");
    }

    @Test
    void the_version_is_not_negative() {
        assertThat(with(PanelState.ASSESSMENT, BASE.history(), List.of(), List.of(), List.of(), 0).version()).isZero();
        assertFailsWith(() -> with(PanelState.ASSESSMENT, BASE.history(), List.of(), List.of(), List.of(), -1))
                .isEqualTo("panel-snapshot.invalid");
    }

    @Test
    void absent_optionals_and_lists_become_empty_and_lists_are_copies() {
        var s = BASE;
        var history = new ArrayList<>(s.history());
        var snapshot = new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(), s.draftedAt(),
                null, s.state(), s.form(), null, history, null, null, null, null, null, null, null, null, null, 0);
        history.clear();
        assertThat(snapshot.history()).hasSize(2);
        assertThat(snapshot.copiedFrom()).isEmpty();
        assertThat(snapshot.deadline()).isEmpty();
        assertThat(snapshot.outcome()).isEmpty();
        assertThat(snapshot.usefulness()).isEmpty();
        assertThat(snapshot.invitations()).isEmpty();
        assertThat(snapshot.forwardings()).isEmpty();
        assertThat(snapshot.handovers()).isEmpty();
        assertThat(snapshot.comments()).isEmpty();
        assertThat(snapshot.meetings()).isEmpty();
    }

    @Test
    void identity_and_state_are_required() {
        var s = BASE;
        assertFailsWith(() -> new PanelSnapshot(s.id(), null, s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(), s.draftedAt(),
                null, s.state(), s.form(), null, s.history(), null, null, null, null, null, null, null, null, null, 0))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), null, s.draftedBy(), s.draftedAt(),
                null, s.state(), s.form(), null, s.history(), null, null, null, null, null, null, null, null, null, 0))
                .isEqualTo("panel-snapshot.invalid");
        assertFailsWith(() -> new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(), s.draftedAt(),
                null, null, s.form(), null, s.history(), null, null, null, null, null, null, null, null, null, 0))
                .isEqualTo("panel-snapshot.invalid");
    }
}
