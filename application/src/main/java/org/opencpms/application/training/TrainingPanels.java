package org.opencpms.application.training;

import static org.opencpms.application.training.TrainingDataSet.ASSISTANT_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_RND;
import static org.opencpms.application.training.TrainingDataSet.GUEST_VIENNA;
import static org.opencpms.application.training.TrainingDataSet.HP_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.HP_MADRID;
import static org.opencpms.application.training.TrainingDataSet.HP_MILANO;
import static org.opencpms.application.training.TrainingDataSet.HP_NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.HP_PARIS;
import static org.opencpms.application.training.TrainingDataSet.PANEL_MANAGER_ERKNET;
import static org.opencpms.application.training.TrainingPanelSteps.coded;
import static org.opencpms.application.training.TrainingPanelSteps.form;
import static org.opencpms.application.training.TrainingPanelSteps.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.opencpms.application.chat.PostChatMessage;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.CommentOnContribution;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.DeletePanel;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.ReturnToPanelSelection;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.application.panel.SetDeadline;
import org.opencpms.application.user.GrantRole;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.RoleGrant;

/**
 * The training panels in their early states: a draft, a draft thrown away, a panel back in panel selection with
 * pending and declined invitations, and two panels in assessment (one with a guest, data requests, a meeting and a
 * chat). {@link TrainingPanelEndings} takes the others to their ends.
 */
@ApplicationScoped
@Transactional
public class TrainingPanels {

    private final TrainingPanelSteps steps;
    private final SetDeadline setDeadline;
    private final DeclineInvitation declineInvitation;
    private final ReturnToPanelSelection returnToPanelSelection;
    private final DeletePanel deletePanel;
    private final GrantRole grantRole;
    private final RequestAdditionalData requestAdditionalData;
    private final AnswerDataRequest answerDataRequest;
    private final CommentOnContribution commentOnContribution;
    private final ScheduleMeeting scheduleMeeting;
    private final PostChatMessage postChatMessage;

    @Inject
    public TrainingPanels(TrainingPanelSteps steps, SetDeadline setDeadline, DeclineInvitation declineInvitation,
                          ReturnToPanelSelection returnToPanelSelection, DeletePanel deletePanel,
                          GrantRole grantRole, RequestAdditionalData requestAdditionalData,
                          AnswerDataRequest answerDataRequest, CommentOnContribution commentOnContribution,
                          ScheduleMeeting scheduleMeeting, PostChatMessage postChatMessage) {
        this.steps = steps;
        this.setDeadline = setDeadline;
        this.declineInvitation = declineInvitation;
        this.returnToPanelSelection = returnToPanelSelection;
        this.deletePanel = deletePanel;
        this.grantRole = grantRole;
        this.requestAdditionalData = requestAdditionalData;
        this.answerDataRequest = answerDataRequest;
        this.commentOnContribution = commentOnContribution;
        this.scheduleMeeting = scheduleMeeting;
        this.postChatMessage = postChatMessage;
    }

    /** The panels still being prepared, in panel selection and in assessment. */
    public void load(TrainingRun run) {
        panelsBeingPrepared(run);
        panelsInAssessment(run);
    }

    /** A draft to complete and submit, and a draft thrown away. */
    private void panelsBeingPrepared(TrainingRun run) {
        steps.open(run, HP_BERLIN, "Alpha", Ern.ERKNET, form("Visible haematuria and hearing loss at age 9",
                "Is Alport syndrome likely, and which genes should be tested?", false,
                List.of(section(SectionKind.MEDICAL_HISTORY, "Recurrent visible haematuria since age 4; "
                        + "bilateral sensorineural hearing loss found at school screening."),
                        section(SectionKind.LABORATORY, "Urine protein/creatinine 65 mg/mmol; eGFR 98 ml/min/1.73m2.")),
                List.of(coded(CodingSystem.ICD_10, "N02.9", "Recurrent and persistent haematuria")),
                List.of(coded(CodingSystem.HPO, "HP:0000790", "Hematuria"),
                        coded(CodingSystem.HPO, "HP:0000365", "Hearing impairment"))));

        var mistaken = steps.open(run, HP_BERLIN, "Bravo", Ern.ERKNET, form("Opened for the wrong patient", "None", false,
                List.of(), List.of(), List.of()));
        deletePanel.handle(new DeletePanel.Command(run.actor(HP_BERLIN), mistaken, null));

        // Panel selection, after a step back from assessment: one invitation pending, one declined.
        var selection = steps.open(run, HP_BERLIN, "Charlie", Ern.ERKNET, form("Nephrotic syndrome resistant to steroids since age 3",
                "Is a genetic cause likely, and is a calcineurin inhibitor worth trying?", false,
                List.of(section(SectionKind.LABORATORY, "Proteinuria 4.1 g/day, serum albumin 19 g/l."),
                        section(SectionKind.HISTOLOGY, "Focal segmental glomerulosclerosis on biopsy.")),
                List.of(coded(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome, focal and segmental glomerular lesions")),
                List.of(coded(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome"))));
        steps.submit(run, HP_BERLIN, selection);
        setDeadline.handle(new SetDeadline.Command(run.actor(HP_BERLIN), selection, null,
                run.now().plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.DAYS)));
        steps.join(run, HP_BERLIN, selection, HP_MILANO);
        steps.invite(run, HP_BERLIN, selection, HP_NIJMEGEN);
        declineInvitation.handle(new DeclineInvitation.Command(run.actor(HP_NIJMEGEN), selection, null));
        steps.startAssessment(run, HP_BERLIN, selection);
        returnToPanelSelection.handle(new ReturnToPanelSelection.Command(run.actor(HP_BERLIN), selection, null,
                "A second paediatric nephrologist should join before the assessment."));
        steps.invite(run, DISPATCHER_ERKNET, selection, HP_PARIS);
        steps.comment(run, HP_BERLIN, selection, "Waiting for a second nephrologist; the biopsy slides are available on request.");
    }

    /** Two panels in assessment, the first with a guest, data requests, a meeting and a chat. */
    private void panelsInAssessment(TrainingRun run) {
        var assessment = steps.open(run, HP_BERLIN, "Delta", Ern.ERKNET, form("Enlarged cystic kidneys and declining function",
                "Is this autosomal recessive polycystic kidney disease, and is combined liver-kidney "
                        + "transplantation indicated?", true,
                List.of(section(SectionKind.CLINICAL_FINDINGS, "Bilateral enlarged echogenic kidneys, hepatomegaly."),
                        section(SectionKind.LABORATORY, "eGFR 24 ml/min/1.73m2, falling over six months."),
                        section(SectionKind.IMAGING, "Ultrasound: multiple small renal cysts, periportal fibrosis.")),
                List.of(coded(CodingSystem.ICD_10, "Q61.1", "Polycystic kidney, infantile type"),
                        coded(CodingSystem.ORPHACODE, "ORPHA:731", "Autosomal recessive polycystic kidney disease")),
                List.of(coded(CodingSystem.HPO, "HP:0000107", "Renal cyst"))));
        steps.submit(run, HP_BERLIN, assessment);
        grantRole.handle(new GrantRole.Command(run.actor(HP_BERLIN), run.person(GUEST_VIENNA), null,
                RoleGrant.guestExpert(assessment)));
        steps.join(run, HP_BERLIN, assessment, HP_PARIS, HP_MILANO, HP_NIJMEGEN, GUEST_VIENNA);
        steps.startAssessment(run, DISPATCHER_ERKNET, assessment);
        steps.comment(run, HP_PARIS, assessment, "The liver findings make ARPKD more likely than ADPKD at this age.");
        var ultrasound = requestAdditionalData.handle(new RequestAdditionalData.Command(run.actor(HP_NIJMEGEN), assessment,
                null, "Please share the full ultrasound report, including the liver elastography.")).id();
        answerDataRequest.handle(new AnswerDataRequest.Command(run.actor(ASSISTANT_BERLIN), assessment, null, ultrasound,
                "The ultrasound report is attached.", List.of(Attachment.document("training/ultrasound-report.pdf",
                        "Abdominal ultrasound report", "application/pdf"))));
        requestAdditionalData.handle(new RequestAdditionalData.Command(run.actor(HP_MILANO), assessment, null,
                "Is there a family history of kidney disease in the parents or siblings?"));
        steps.contribute(run, HP_PARIS, assessment, "Likely ARPKD (PKHD1). Recommend genetic confirmation and evaluation "
                + "for combined transplantation given the portal hypertension.");
        steps.contribute(run, GUEST_VIENNA, assessment, "From the hepatology side: assess varices before any transplant listing.");
        commentOnContribution.handle(new CommentOnContribution.Command(run.actor(HP_MILANO), assessment, null,
                run.person(HP_PARIS), "Agreed; the PKHD1 result should come before the listing decision."));
        scheduleMeeting.handle(new ScheduleMeeting.Command(run.actor(PANEL_MANAGER_ERKNET), assessment, null,
                run.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), Duration.ofMinutes(45),
                Set.of(run.person(HP_BERLIN), run.person(HP_PARIS), run.person(HP_MILANO), run.person(HP_NIJMEGEN),
                        run.person(GUEST_VIENNA)), "https://meet.training.opencpms.invalid/cystic-kidneys-review"));
        postChatMessage.handle(new PostChatMessage.Command(run.actor(HP_BERLIN), assessment,
                "Thank you all for joining; the meeting invitation is in your inbox."));

        var neurology = steps.open(run, HP_BERLIN, "Foxtrot", Ern.RND, form("Adult-onset leukodystrophy with cognitive decline",
                "Which metabolic and genetic work-up is indicated?", false,
                List.of(section(SectionKind.IMAGING, "MRI: confluent symmetric white matter lesions, frontal predominance.")),
                List.of(coded(CodingSystem.ICD_10, "E75.2", "Other sphingolipidosis")),
                List.of(coded(CodingSystem.HPO, "HP:0002415", "Leukodystrophy"))));
        steps.submit(run, HP_BERLIN, neurology);
        steps.join(run, DISPATCHER_RND, neurology, HP_MADRID, HP_MILANO);
        steps.startAssessment(run, HP_BERLIN, neurology);
        steps.contribute(run, HP_MADRID, neurology, "Measure arylsulfatase A and very long chain fatty acids first.");
        steps.comment(run, HP_MILANO, neurology, "An exome would also cover CSF1R-related leukoencephalopathy.");
    }
}
