package org.opencpms.application.training;

import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_RND;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.HP_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.HP_MADRID;
import static org.opencpms.application.training.TrainingDataSet.HP_MILANO;
import static org.opencpms.application.training.TrainingDataSet.HP_NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.HP_PARIS;
import static org.opencpms.application.training.TrainingPanelSteps.coded;
import static org.opencpms.application.training.TrainingPanelSteps.form;
import static org.opencpms.application.training.TrainingPanelSteps.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.panel.AbortPanel;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.ArchivePanel;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.CommentOnContribution;
import org.opencpms.application.panel.CopyPanel;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.ForwardPanel;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.ReturnToAssessment;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;

/**
 * The training panels past their assessment: one in sign-off after a disagreement sent it back once, a closed one
 * rated for usefulness and its copy, an archived one, one aborted by the ERN's coordinator, and one forwarded from
 * ERKNet to ITHACA.
 */
@ApplicationScoped
@Transactional
public class TrainingPanelEndings {

    private final TrainingPanelSteps steps;
    private final RequestAdditionalData requestAdditionalData;
    private final AnswerDataRequest answerDataRequest;
    private final CommentOnContribution commentOnContribution;
    private final ReviewOutcome reviewOutcome;
    private final ReturnToAssessment returnToAssessment;
    private final FinaliseOutcome finaliseOutcome;
    private final ClosePanel closePanel;
    private final RateUsefulness rateUsefulness;
    private final ArchivePanel archivePanel;
    private final AbortPanel abortPanel;
    private final ForwardPanel forwardPanel;
    private final CopyPanel copyPanel;

    @Inject
    public TrainingPanelEndings(TrainingPanelSteps steps, RequestAdditionalData requestAdditionalData,
                                AnswerDataRequest answerDataRequest, CommentOnContribution commentOnContribution,
                                ReviewOutcome reviewOutcome, ReturnToAssessment returnToAssessment,
                                FinaliseOutcome finaliseOutcome, ClosePanel closePanel,
                                RateUsefulness rateUsefulness, ArchivePanel archivePanel, AbortPanel abortPanel,
                                ForwardPanel forwardPanel, CopyPanel copyPanel) {
        this.steps = steps;
        this.requestAdditionalData = requestAdditionalData;
        this.answerDataRequest = answerDataRequest;
        this.commentOnContribution = commentOnContribution;
        this.reviewOutcome = reviewOutcome;
        this.returnToAssessment = returnToAssessment;
        this.finaliseOutcome = finaliseOutcome;
        this.closePanel = closePanel;
        this.rateUsefulness = rateUsefulness;
        this.archivePanel = archivePanel;
        this.abortPanel = abortPanel;
        this.forwardPanel = forwardPanel;
        this.copyPanel = copyPanel;
    }

    /** The panels signing off, closed and archived, aborted, forwarded and copied. */
    public void load(TrainingRun run) {
        panelsSigningOff(run);
        var closed = panelsClosedAndArchived(run);
        panelsGivenUp(run);
        panelsForwardedAndCopied(run, closed);
    }

    /** Sign-off, after a disagreement sent the panel back to assessment once; one review still due. */
    private void panelsSigningOff(TrainingRun run) {
        var signOff = steps.open(run, HP_PARIS, "Golf", Ern.ERKNET, form("Polyuria, rickets and growth failure in a young child",
                "Is this nephropathic cystinosis, and how should cysteamine be started?", false,
                List.of(section(SectionKind.LABORATORY, "Generalised proximal tubulopathy; raised leukocyte cystine.")),
                List.of(coded(CodingSystem.ICD_10, "E72.0", "Disorders of amino-acid transport"),
                        coded(CodingSystem.ORPHACODE, "ORPHA:213", "Cystinosis")),
                List.of(coded(CodingSystem.HPO, "HP:0000103", "Polyuria"))));
        steps.submit(run, HP_PARIS, signOff);
        steps.join(run, HP_PARIS, signOff, HP_BERLIN, HP_MILANO);
        steps.startAssessment(run, HP_PARIS, signOff);
        steps.contribute(run, HP_PARIS, signOff, "Leukocyte cystine confirms cystinosis; CTNS testing is under way.");
        steps.contribute(run, HP_BERLIN, signOff, "Start cysteamine at a low dose and titrate on leukocyte cystine.");
        steps.contribute(run, HP_MILANO, signOff, "Add an ophthalmology review for corneal crystals.");
        commentOnContribution.handle(new CommentOnContribution.Command(run.actor(HP_BERLIN), signOff, null,
                run.person(HP_MILANO), "Yes, and cysteamine eye drops once crystals are seen."));
        steps.startSignOff(run, HP_PARIS, signOff);
        steps.draft(run, HP_PARIS, signOff, "Nephropathic cystinosis.", "Start cysteamine.", "Electrolyte replacement.");
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(HP_BERLIN), signOff, null, Agreement.DISAGREE,
                "The dosing and the eye review are missing."));
        returnToAssessment.handle(new ReturnToAssessment.Command(run.actor(HP_PARIS), signOff, null,
                "Reviewers ask for dosing and follow-up to be spelled out."));
        steps.contribute(run, HP_BERLIN, signOff, "Cysteamine 1.3 g/m2/day in four doses, titrated to leukocyte cystine below 1.");
        steps.startSignOff(run, HP_PARIS, signOff);
        steps.draft(run, HP_PARIS, signOff, "Nephropathic cystinosis, confirmed biochemically.",
                "Start cysteamine with titration; ophthalmology review; genetic counselling for the family.",
                "Cysteamine 1.3 g/m2/day in four doses; phosphate, bicarbonate and potassium replacement; "
                        + "review in 4 weeks.");
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(HP_BERLIN), signOff, null, Agreement.AGREE, "Agreed."));
    }

    /**
     * A closed panel with its usefulness rated, and an archived one (archived by the coordinator).
     * Returns the closed one.
     */
    private PanelId panelsClosedAndArchived(TrainingRun run) {
        var closed = steps.open(run, HP_MILANO, "Kilo", Ern.RND, form("Progressive gait ataxia since adolescence",
                "Friedreich ataxia or another recessive ataxia?", false,
                List.of(section(SectionKind.CLINICAL_FINDINGS, "Gait and limb ataxia, absent ankle reflexes, pes cavus."),
                        section(SectionKind.GENETICS, "FXN repeat analysis pending.")),
                List.of(coded(CodingSystem.ICD_10, "G11.1", "Early-onset cerebellar ataxia"),
                        coded(CodingSystem.ORPHACODE, "ORPHA:95", "Friedreich ataxia")),
                List.of(coded(CodingSystem.HPO, "HP:0001251", "Ataxia"))));
        steps.submit(run, HP_MILANO, closed);
        steps.join(run, HP_MILANO, closed, HP_MADRID, HP_BERLIN);
        steps.startAssessment(run, HP_MILANO, closed);
        steps.comment(run, HP_MADRID, closed, "Cardiac involvement should be looked for whatever the genetics show.");
        var cardiacUltrasound = requestAdditionalData.handle(new RequestAdditionalData.Command(run.actor(HP_BERLIN), closed, null,
                "Is there a recent cardiac ultrasound?")).id();
        answerDataRequest.handle(new AnswerDataRequest.Command(run.actor(HP_MILANO), closed, null, cardiacUltrasound,
                "Yes: concentric left ventricular hypertrophy, normal ejection fraction.", List.of(Attachment.document(
                        "training/cardiac-ultrasound.pdf", "Cardiac ultrasound report", "application/pdf"))));
        steps.contribute(run, HP_MADRID, closed, "Phenotype and cardiomyopathy fit Friedreich ataxia.");
        steps.contribute(run, HP_BERLIN, closed, "Agree; if FXN is negative, test for AOA2 and AVED.");
        steps.contribute(run, HP_MILANO, closed, "FXN shows biallelic GAA expansions: Friedreich ataxia confirmed.");
        steps.startSignOff(run, HP_MILANO, closed);
        steps.draft(run, HP_MILANO, closed, "Friedreich ataxia, genetically confirmed.",
                "Cardiology follow-up every 6 months; physiotherapy; discuss omaveloxolone.",
                "Omaveloxolone where available; yearly diabetes screening.");
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(HP_MADRID), closed, null, Agreement.AGREE, null));
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(HP_BERLIN), closed, null, Agreement.AGREE,
                "Agreed, good plan."));
        finaliseOutcome.handle(new FinaliseOutcome.Command(run.actor(HP_MILANO), closed, null));
        closePanel.handle(new ClosePanel.Command(run.actor(HP_MILANO), closed, null));
        rateUsefulness.handle(new RateUsefulness.Command(run.actor(HP_MILANO), closed, null, 4));

        var archived = steps.open(run, HP_NIJMEGEN, "November", Ern.ITHACA, form("Developmental delay with distinctive facial features",
                "Is Kabuki syndrome the unifying diagnosis?", false,
                List.of(section(SectionKind.CLINICAL_FINDINGS, "Long palpebral fissures, persistent fetal fingertip pads, "
                        + "mild hypotonia.")),
                List.of(coded(CodingSystem.ICD_10, "Q87.0", "Congenital malformation syndromes predominantly affecting facial appearance"),
                        coded(CodingSystem.ORPHACODE, "ORPHA:2322", "Kabuki syndrome")),
                List.of(coded(CodingSystem.HPO, "HP:0001263", "Global developmental delay"))));
        steps.submit(run, HP_NIJMEGEN, archived);
        steps.join(run, HP_NIJMEGEN, archived, DISPATCHER_ITHACA, HP_PARIS);
        steps.startAssessment(run, HP_NIJMEGEN, archived);
        steps.contribute(run, DISPATCHER_ITHACA, archived, "The facial gestalt is typical; sequence KMT2D and KDM6A.");
        steps.contribute(run, HP_PARIS, archived, "Screen the kidneys by ultrasound: malformations are common in Kabuki syndrome.");
        steps.contribute(run, HP_NIJMEGEN, archived, "A KMT2D truncating variant was found.");
        steps.startSignOff(run, HP_NIJMEGEN, archived);
        steps.draft(run, HP_NIJMEGEN, archived, "Kabuki syndrome (KMT2D).",
                "Kidney ultrasound, cardiac and hearing screening; developmental support.", "Follow-up yearly.");
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(DISPATCHER_ITHACA), archived, null, Agreement.AGREE, null));
        reviewOutcome.handle(new ReviewOutcome.Command(run.actor(HP_PARIS), archived, null, Agreement.AGREE, null));
        finaliseOutcome.handle(new FinaliseOutcome.Command(run.actor(HP_NIJMEGEN), archived, null));
        closePanel.handle(new ClosePanel.Command(run.actor(HP_NIJMEGEN), archived, null));
        rateUsefulness.handle(new RateUsefulness.Command(run.actor(HP_NIJMEGEN), archived, null, 5));
        archivePanel.handle(new ArchivePanel.Command(run.actor(COORDINATOR_ITHACA), archived, null));
        return closed;
    }

    /** A panel the ERN's coordinator aborted during panel selection. */
    private void panelsGivenUp(TrainingRun run) {
        var aborted = steps.open(run, HP_MADRID, "Quebec", Ern.RND, form("Childhood-onset dystonia of the legs",
                "Is a trial of levodopa indicated before further genetic testing?", false,
                List.of(section(SectionKind.MEDICAL_HISTORY, "Dystonic gait since age 8, worse in the evening.")),
                List.of(coded(CodingSystem.ICD_10, "G24.1", "Idiopathic familial dystonia")),
                List.of(coded(CodingSystem.HPO, "HP:0001332", "Dystonia"))));
        steps.submit(run, HP_MADRID, aborted);
        steps.join(run, HP_MADRID, aborted, HP_MILANO);
        abortPanel.handle(new AbortPanel.Command(run.actor(COORDINATOR_RND), aborted, null,
                "The family chose to continue care at another centre; the request is withdrawn."));
    }

    /** A panel forwarded from ERKNet to ITHACA and assembled there, and a copy of the closed panel. */
    private void panelsForwardedAndCopied(TrainingRun run, PanelId closed) {
        var forwarded = steps.open(run, HP_PARIS, "Hotel", Ern.ERKNET, form("Kidney malformation with intellectual disability",
                "Which syndromic cause is likely, and which genetic test comes first?", false,
                List.of(section(SectionKind.CLINICAL_FINDINGS, "Unilateral renal agenesis, moderate intellectual "
                        + "disability, short stature.")),
                List.of(coded(CodingSystem.ICD_10, "Q60.0", "Renal agenesis, unilateral")),
                List.of(coded(CodingSystem.HPO, "HP:0001249", "Intellectual disability"))));
        steps.submit(run, HP_PARIS, forwarded);
        steps.comment(run, HP_PARIS, forwarded, "The kidney is stable; the open question is the syndrome.");
        forwardPanel.handle(new ForwardPanel.Command(run.actor(COORDINATOR_ERKNET), forwarded, null, Ern.ITHACA,
                "Syndromic features: ITHACA's geneticists are better placed to lead."));
        steps.join(run, DISPATCHER_ITHACA, forwarded, HP_NIJMEGEN);
        steps.startAssessment(run, DISPATCHER_ITHACA, forwarded);

        copyPanel.handle(new CopyPanel.Command(run.actor(HP_MILANO), closed, null));
    }
}
