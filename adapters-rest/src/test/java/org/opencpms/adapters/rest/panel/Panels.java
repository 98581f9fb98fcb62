package org.opencpms.adapters.rest.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencpms.application.panel.PanelView;
import org.opencpms.application.panel.PatientCard;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Contribution;
import org.opencpms.domain.panel.ContributionComment;
import org.opencpms.domain.panel.DataAnswer;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Forwarding;
import org.opencpms.domain.panel.Handover;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Meeting;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.MeetingStatus;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.OutcomeReview;
import org.opencpms.domain.panel.PanelAction;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/** Panel views for the mapping tests: one with every part filled in, one fresh draft with nothing optional. */
final class Panels {

    static final PanelId PANEL = new PanelId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final PanelId SOURCE = new PanelId(UUID.fromString("00000000-0000-0000-0000-0000000000a0"));
    static final PatientId PATIENT = new PatientId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final UserId LEAD = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final UserId MEMBER = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));
    static final UserId COORDINATOR = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000c3"));
    static final DataRequestId REQUEST = new DataRequestId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final MeetingId MEETING = new MeetingId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    static final Attachment REPORT = Attachment.document("doc/42", "Genetic report", "application/pdf");
    static final Attachment STUDY = Attachment.imagingStudy("1.2.826.0.1.3680043.2.1125", "Brain MRI");
    static final Attachment PEDIGREE = Attachment.document("doc/7", "Pedigree", "image/png");

    private Panels() {
    }

    static ConsultationForm fullForm() {
        return new ConsultationForm("Unexplained weakness", "Which myopathy?", true,
                List.of(new ClinicalSection(SectionKind.GENETICS, "Panel sequencing negative"),
                        new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Onset at 3 years")),
                List.of(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy")),
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0001250", null)),
                Map.of("ck-level", "1200"), List.of(REPORT, STUDY), Optional.of(PEDIGREE));
    }

    static PanelView fullView() {
        var at = T0;
        return new PanelView(PANEL, 7, new PatientCard(PATIENT, new Nickname("brave-otter-12"), 9, Sex.FEMALE),
                Ern.EURO_NMD, LEAD, Set.of(MEMBER, LEAD), PanelState.SIGN_OFF, true, fullForm(), List.of(REPORT, STUDY),
                at, Optional.of(at.plusSeconds(60)), Optional.of(at.plus(Duration.ofDays(30))), Optional.of(SOURCE),
                List.of(new Transition(PanelState.DRAFT, PanelState.PANEL_SELECTION, LEAD, at.plusSeconds(60), null),
                        new Transition(PanelState.ASSESSMENT, PanelState.PANEL_SELECTION, LEAD, at.plusSeconds(90),
                                "need a geneticist")),
                List.of(new Forwarding(Ern.RND, Ern.EURO_NMD, COORDINATOR, "neuromuscular case", at.plusSeconds(70))),
                List.of(new Handover(COORDINATOR, LEAD, COORDINATOR, at.plusSeconds(80))),
                List.of(new Invitation(MEMBER, InvitationKind.SAME_ERN, LEAD, at.plusSeconds(100),
                        InvitationStatus.ACCEPTED, Optional.of(at.plusSeconds(200)))),
                List.of(new TimelineComment(MEMBER, "Seen the MRI", at.plusSeconds(300))),
                List.of(new DataRequest(REQUEST, MEMBER, "CK levels over time?", at.plusSeconds(400),
                        Optional.of(new DataAnswer(LEAD, "Attached", List.of(REPORT), at.plusSeconds(500))))),
                List.of(new Contribution(MEMBER, "Likely LGMD", at.plusSeconds(600), at.plusSeconds(700),
                        List.of(new ContributionComment(LEAD, "Agreed", at.plusSeconds(800))))),
                List.of(new Meeting(MEETING, LEAD, at.plus(Duration.ofDays(2)), Duration.ofMinutes(45),
                        Set.of(LEAD, MEMBER), VideoLink.of("https://meet.example.org/panel-1"), MeetingStatus.SCHEDULED,
                        Optional.of("rec/1"))),
                Optional.of(new Outcome("LGMD2A", "Genetic testing of CAPN3", "", LEAD, at.plusSeconds(900),
                        List.of(new OutcomeReview(MEMBER, Agreement.AGREE, "", at.plusSeconds(950))),
                        Optional.of(at.plusSeconds(1000)))),
                Optional.of(new Usefulness(5, LEAD, at.plusSeconds(2000))),
                Optional.of(Duration.ofHours(36)), Set.of(PanelAction.REVIEW_OUTCOME, PanelAction.COMMENT));
    }

    static PanelView freshDraft() {
        return new PanelView(PANEL, 0, new PatientCard(PATIENT, new Nickname("brave-otter-12"), 9, Sex.FEMALE),
                Ern.EURO_NMD, LEAD, Set.of(LEAD), PanelState.DRAFT, false, ConsultationForm.empty(), List.of(), T0,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(PanelAction.SUBMIT, PanelAction.EDIT_FORM));
    }
}
