package org.opencpms.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.RecordContribution;
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;

/**
 * The steps the training panels take again and again, each through its use case acting as the training user named:
 * open, submit, invite and join, start the assessment or the sign-off, comment, contribute, draft the outcome.
 */
@ApplicationScoped
@Transactional
public class TrainingPanelSteps {

    private final OpenPanel openPanel;
    private final SubmitPanel submitPanel;
    private final InviteExpert inviteExpert;
    private final AcceptInvitation acceptInvitation;
    private final StartAssessment startAssessment;
    private final StartSignOff startSignOff;
    private final CommentOnTimeline commentOnTimeline;
    private final RecordContribution recordContribution;
    private final DraftOutcome draftOutcome;

    @Inject
    public TrainingPanelSteps(OpenPanel openPanel, SubmitPanel submitPanel, InviteExpert inviteExpert,
                              AcceptInvitation acceptInvitation, StartAssessment startAssessment,
                              StartSignOff startSignOff, CommentOnTimeline commentOnTimeline,
                              RecordContribution recordContribution, DraftOutcome draftOutcome) {
        this.openPanel = openPanel;
        this.submitPanel = submitPanel;
        this.inviteExpert = inviteExpert;
        this.acceptInvitation = acceptInvitation;
        this.startAssessment = startAssessment;
        this.startSignOff = startSignOff;
        this.commentOnTimeline = commentOnTimeline;
        this.recordContribution = recordContribution;
        this.draftOutcome = draftOutcome;
    }

    public PanelId open(TrainingRun run, String lead, String patientGivenName, Ern ern, ConsultationForm form) {
        return openPanel.handle(new OpenPanel.Command(run.actor(lead), run.patient(patientGivenName), ern, form)).id();
    }

    public void submit(TrainingRun run, String lead, PanelId panel) {
        submitPanel.handle(new SubmitPanel.Command(run.actor(lead), panel, null));
    }

    public void invite(TrainingRun run, String by, PanelId panel, String invitee) {
        inviteExpert.handle(new InviteExpert.Command(run.actor(by), panel, null, run.person(invitee)));
    }

    /** Invites each expert, who accepts. */
    public void join(TrainingRun run, String by, PanelId panel, String... experts) {
        for (String expert : experts) {
            invite(run, by, panel, expert);
            acceptInvitation.handle(new AcceptInvitation.Command(run.actor(expert), panel, null));
        }
    }

    public void startAssessment(TrainingRun run, String by, PanelId panel) {
        startAssessment.handle(new StartAssessment.Command(run.actor(by), panel, null));
    }

    public void startSignOff(TrainingRun run, String lead, PanelId panel) {
        startSignOff.handle(new StartSignOff.Command(run.actor(lead), panel, null));
    }

    public void comment(TrainingRun run, String by, PanelId panel, String text) {
        commentOnTimeline.handle(new CommentOnTimeline.Command(run.actor(by), panel, null, text));
    }

    public void contribute(TrainingRun run, String by, PanelId panel, String text) {
        recordContribution.handle(new RecordContribution.Command(run.actor(by), panel, null, text));
    }

    public void draft(TrainingRun run, String lead, PanelId panel, String conclusion, String recommendations, String treatmentPlan) {
        draftOutcome.handle(new DraftOutcome.Command(run.actor(lead), panel, null, conclusion, recommendations, treatmentPlan));
    }

    static ConsultationForm form(String reason, String question, boolean urgent, List<ClinicalSection> sections,
                                         List<CodedEntry> diagnoses, List<CodedEntry> phenotypes) {
        return new ConsultationForm(reason, question, urgent, sections, diagnoses, phenotypes, Map.of(), List.of(),
                Optional.empty());
    }

    static ClinicalSection section(SectionKind kind, String text) {
        return new ClinicalSection(kind, text);
    }

    static CodedEntry coded(CodingSystem system, String code, String display) {
        return new CodedEntry(system, code, display);
    }
}
