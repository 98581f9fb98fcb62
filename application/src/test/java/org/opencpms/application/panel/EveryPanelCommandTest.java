package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** What every command on an existing panel shares: it refuses a stale expected version and an unknown panel. */
class EveryPanelCommandTest {

    /** Runs one panel command in a world, as the lead, on a panel, with an expected version. */
    @FunctionalInterface
    interface PanelCommand {
        void run(PanelFixtures w, PanelId panel, Long expectedVersion);
    }

    static Stream<Named<PanelCommand>> commands() {
        return Stream.of(
                command("EditConsultationForm", (w, p, v) -> new EditConsultationForm(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new EditConsultationForm.Command(w.lead, p, v, PanelFixtures.completeForm()))),
                command("SubmitPanel", (w, p, v) -> new SubmitPanel(w.panels, w.patients, w.policy, w.consents,
                        w.configurations, w.events,
                        w.auditing, w.clock).handle(new SubmitPanel.Command(w.lead, p, v))),
                command("InviteExpert", (w, p, v) -> new InviteExpert(w.panels, w.patients, w.policy, w.users, w.events,
                        w.auditing, w.clock)
                        .handle(new InviteExpert.Command(w.lead, p, v, w.expert(Ern.ERKNET).id()))),
                command("AcceptInvitation", (w, p, v) -> new AcceptInvitation(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new AcceptInvitation.Command(w.lead, p, v))),
                command("DeclineInvitation", (w, p, v) -> new DeclineInvitation(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new DeclineInvitation.Command(w.lead, p, v))),
                command("ForwardPanel", (w, p, v) -> new ForwardPanel(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new ForwardPanel.Command(w.lead, p, v, Ern.RND, "better fit"))),
                command("HandOverPanel", (w, p, v) -> new HandOverPanel(w.panels, w.patients, w.policy, w.users,
                        w.events, w.auditing, w.clock)
                        .handle(new HandOverPanel.Command(w.lead, p, v, w.lead.id()))),
                command("SetDeadline", (w, p, v) -> new SetDeadline(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new SetDeadline.Command(w.lead, p, v, NOW.plus(Duration.ofDays(7))))),
                command("StartAssessment", (w, p, v) -> new StartAssessment(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new StartAssessment.Command(w.lead, p, v))),
                command("ReturnToPanelSelection", (w, p, v) -> new ReturnToPanelSelection(w.panels, w.patients,
                        w.policy, w.events, w.auditing,
                        w.clock).handle(new ReturnToPanelSelection.Command(w.lead, p, v, "need more experts"))),
                command("StartSignOff", (w, p, v) -> new StartSignOff(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new StartSignOff.Command(w.lead, p, v))),
                command("ReturnToAssessment", (w, p, v) -> new ReturnToAssessment(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new ReturnToAssessment.Command(w.lead, p, v, "new findings"))),
                command("CommentOnTimeline", (w, p, v) -> new CommentOnTimeline(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new CommentOnTimeline.Command(w.lead, p, v, "a comment"))),
                command("RequestAdditionalData", (w, p, v) -> new RequestAdditionalData(w.panels, w.patients, w.policy,
                        w.events, w.auditing,
                        w.clock).handle(new RequestAdditionalData.Command(w.lead, p, v, "MRI please"))),
                command("AnswerDataRequest", (w, p, v) -> new AnswerDataRequest(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new AnswerDataRequest.Command(w.lead, p, v, DataRequestId.random(), "here", List.of()))),
                command("RecordContribution", (w, p, v) -> new RecordContribution(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new RecordContribution.Command(w.lead, p, v, "my assessment"))),
                command("CommentOnContribution", (w, p, v) -> new CommentOnContribution(w.panels, w.patients, w.policy,
                        w.events, w.auditing,
                        w.clock).handle(new CommentOnContribution.Command(w.lead, p, v, UserId.random(), "agreed"))),
                command("ScheduleMeeting", (w, p, v) -> new ScheduleMeeting(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new ScheduleMeeting.Command(w.lead, p, v, NOW.plus(Duration.ofDays(2)), Duration.ofHours(1),
                                Set.of(w.lead.id()), "https://meet.example.eu/room"))),
                command("RescheduleMeeting", (w, p, v) -> new RescheduleMeeting(w.panels, w.patients, w.policy,
                        w.events, w.auditing, w.clock)
                        .handle(new RescheduleMeeting.Command(w.lead, p, v, MeetingId.random(), NOW.plus(Duration.ofDays(3)),
                                Duration.ofHours(1)))),
                command("CancelMeeting", (w, p, v) -> new CancelMeeting(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new CancelMeeting.Command(w.lead, p, v, MeetingId.random()))),
                command("AttachMeetingRecording", (w, p, v) -> new AttachMeetingRecording(w.panels, w.patients,
                        w.policy, w.events, w.auditing,
                        w.clock).handle(new AttachMeetingRecording.Command(w.lead, p, v, MeetingId.random(), "rec-1"))),
                command("DraftOutcome", (w, p, v) -> new DraftOutcome(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new DraftOutcome.Command(w.lead, p, v, "conclusion", null, null))),
                command("ReviewOutcome", (w, p, v) -> new ReviewOutcome(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new ReviewOutcome.Command(w.lead, p, v, Agreement.AGREE, null))),
                command("FinaliseOutcome", (w, p, v) -> new FinaliseOutcome(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new FinaliseOutcome.Command(w.lead, p, v))),
                command("ClosePanel", (w, p, v) -> new ClosePanel(w.panels, w.patients, w.policy, w.configurations,
                        w.events, w.auditing, w.clock)
                        .handle(new ClosePanel.Command(w.lead, p, v))),
                command("ArchivePanel", (w, p, v) -> new ArchivePanel(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new ArchivePanel.Command(w.lead, p, v))),
                command("AbortPanel", (w, p, v) -> new AbortPanel(w.panels, w.patients, w.policy, w.events, w.auditing,
                        w.clock)
                        .handle(new AbortPanel.Command(w.lead, p, v, "patient moved abroad"))),
                command("DeletePanel", (w, p, v) -> new DeletePanel(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new DeletePanel.Command(w.lead, p, v))),
                command("RateUsefulness", (w, p, v) -> new RateUsefulness(w.panels, w.patients, w.policy, w.events,
                        w.auditing, w.clock)
                        .handle(new RateUsefulness.Command(w.lead, p, v, 4))),
                command("CopyPanel", (w, p, v) -> new CopyPanel(w.panels, w.patients, w.consents, w.policy, w.events,
                        w.auditing, w.clock).handle(new CopyPanel.Command(w.lead, p, v))),
                command("AttachImagingStudy", (w, p, v) -> {
                    var uid = new StudyInstanceUid("1.2.826.0.1.3680043.10.1");
                    w.archive.save(new ImagingStudy(uid, w.patient, null, "MR", 1, 10, NOW));
                    new AttachImagingStudy(w.panels, w.patients, w.policy, w.archive, w.events, w.auditing, w.clock)
                            .handle(new AttachImagingStudy.Command(w.lead, p, v, uid, "Brain MRI"));
                }));
    }

    private static Named<PanelCommand> command(String name, PanelCommand command) {
        return Named.of(name, command);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void a_stale_expected_version_is_refused_and_nothing_is_saved_published_or_audited(PanelCommand command) {
        var world = new PanelFixtures();
        var panel = world.inSelection();
        long version = world.version(panel);

        assertRefused(() -> command.run(world, panel, version - 1), "panel.concurrent-update");

        assertThat(world.version(panel)).isEqualTo(version);
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void an_unknown_panel_is_not_found(PanelCommand command) {
        var world = new PanelFixtures();

        assertRefused(() -> command.run(world, PanelId.random(), null), "panel.not-found");

        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }
}
