package org.opencpms.application.training;

import static org.opencpms.application.training.TrainingDataSet.APPLICANT_MADRID;
import static org.opencpms.application.training.TrainingDataSet.ASSISTANT_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.AUDITOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.BERLIN;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_RND;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_ITHACA;
import static org.opencpms.application.training.TrainingDataSet.DISPATCHER_RND;
import static org.opencpms.application.training.TrainingDataSet.GUEST_VIENNA;
import static org.opencpms.application.training.TrainingDataSet.HP_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.HP_MADRID;
import static org.opencpms.application.training.TrainingDataSet.HP_MILANO;
import static org.opencpms.application.training.TrainingDataSet.HP_NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.HP_PARIS;
import static org.opencpms.application.training.TrainingDataSet.MADRID;
import static org.opencpms.application.training.TrainingDataSet.MILANO;
import static org.opencpms.application.training.TrainingDataSet.NIJMEGEN;
import static org.opencpms.application.training.TrainingDataSet.PANEL_MANAGER_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.PARIS;
import static org.opencpms.application.training.TrainingDataSet.RESEARCHER_ERKNET;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.chat.PostChatMessage;
import org.opencpms.application.consent.ConsentView;
import org.opencpms.application.consent.ListConsents;
import org.opencpms.application.consent.WithdrawConsent;
import org.opencpms.application.panel.AbortPanel;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.ArchivePanel;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.CommentOnContribution;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.CopyPanel;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.DeletePanel;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.ForwardPanel;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.application.panel.RecordContribution;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.ReturnToAssessment;
import org.opencpms.application.panel.ReturnToPanelSelection;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.application.panel.SetDeadline;
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.reference.AddDiseaseGroup;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.application.user.GrantRole;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Users;

/**
 * The deployment loads the synthetic {@link TrainingDataSet training data set} when the product
 * starts in training mode: three ERNs with disease groups, six invented centres in six countries,
 * eighteen training accounts holding every role, twenty synthetic patients with their consents, and
 * eleven panels covering every panel state. No real person's data is in it.
 *
 * <p>Everything goes through the use cases a user would call, acting as the training user who would
 * do it, so that the same rules apply and the same events, notifications and audit entries are
 * written as in real use. The one exception is the first coordinator of each ERN: nobody can grant
 * that role before a coordinator exists, so the loader gives it to the registered account directly
 * (as a deployment seeds its first coordinators) and audits the appointment. All instants come from
 * the use cases' clock, so the whole history happens "now"; the dates patients gave their consents
 * and their dates of birth lie in the past, relative to the clock's date.
 *
 * <p>Idempotent: when the first training account ({@code coordinator.erknet}) is registered already,
 * the data set is there, and nothing is loaded; the same accounts are reported. Runs in one
 * transaction: either the whole data set is loaded or none of it.
 */
@ApplicationScoped
@Transactional
public class LoadTrainingData {

    /** How many panels the data set opens. */
    static final int PANELS = 11;

    private final Users users;
    private final IdentifyCaller identifyCaller;
    private final AppointCoordinator appointCoordinator;
    private final Clock clock;
    private final EstablishNetwork establishNetwork;
    private final AddDiseaseGroup addDiseaseGroup;
    private final RegisterHealthcareProvider registerHealthcareProvider;
    private final RecordErnMembership recordErnMembership;
    private final RegisterUser registerUser;
    private final GrantRole grantRole;
    private final RequestAccess requestAccess;
    private final AcceptAccessRequest acceptAccessRequest;
    private final EnrolPatient enrolPatient;
    private final ListConsents listConsents;
    private final WithdrawConsent withdrawConsent;
    private final OpenPanel openPanel;
    private final SubmitPanel submitPanel;
    private final SetDeadline setDeadline;
    private final InviteExpert inviteExpert;
    private final AcceptInvitation acceptInvitation;
    private final DeclineInvitation declineInvitation;
    private final StartAssessment startAssessment;
    private final ReturnToPanelSelection returnToPanelSelection;
    private final CommentOnTimeline commentOnTimeline;
    private final RequestAdditionalData requestAdditionalData;
    private final AnswerDataRequest answerDataRequest;
    private final RecordContribution recordContribution;
    private final CommentOnContribution commentOnContribution;
    private final ScheduleMeeting scheduleMeeting;
    private final PostChatMessage postChatMessage;
    private final StartSignOff startSignOff;
    private final DraftOutcome draftOutcome;
    private final ReviewOutcome reviewOutcome;
    private final ReturnToAssessment returnToAssessment;
    private final FinaliseOutcome finaliseOutcome;
    private final ClosePanel closePanel;
    private final RateUsefulness rateUsefulness;
    private final ArchivePanel archivePanel;
    private final AbortPanel abortPanel;
    private final DeletePanel deletePanel;
    private final ForwardPanel forwardPanel;
    private final CopyPanel copyPanel;

    @Inject
    public LoadTrainingData(Users users, IdentifyCaller identifyCaller, AppointCoordinator appointCoordinator, Clock clock,
                            EstablishNetwork establishNetwork, AddDiseaseGroup addDiseaseGroup,
                            RegisterHealthcareProvider registerHealthcareProvider, RecordErnMembership recordErnMembership,
                            RegisterUser registerUser, GrantRole grantRole, RequestAccess requestAccess,
                            AcceptAccessRequest acceptAccessRequest, EnrolPatient enrolPatient, ListConsents listConsents,
                            WithdrawConsent withdrawConsent, OpenPanel openPanel, SubmitPanel submitPanel,
                            SetDeadline setDeadline, InviteExpert inviteExpert, AcceptInvitation acceptInvitation,
                            DeclineInvitation declineInvitation, StartAssessment startAssessment,
                            ReturnToPanelSelection returnToPanelSelection, CommentOnTimeline commentOnTimeline,
                            RequestAdditionalData requestAdditionalData, AnswerDataRequest answerDataRequest,
                            RecordContribution recordContribution, CommentOnContribution commentOnContribution,
                            ScheduleMeeting scheduleMeeting, PostChatMessage postChatMessage, StartSignOff startSignOff,
                            DraftOutcome draftOutcome, ReviewOutcome reviewOutcome, ReturnToAssessment returnToAssessment,
                            FinaliseOutcome finaliseOutcome, ClosePanel closePanel, RateUsefulness rateUsefulness,
                            ArchivePanel archivePanel, AbortPanel abortPanel, DeletePanel deletePanel,
                            ForwardPanel forwardPanel, CopyPanel copyPanel) {
        this.users = users;
        this.identifyCaller = identifyCaller;
        this.appointCoordinator = appointCoordinator;
        this.clock = clock;
        this.establishNetwork = establishNetwork;
        this.addDiseaseGroup = addDiseaseGroup;
        this.registerHealthcareProvider = registerHealthcareProvider;
        this.recordErnMembership = recordErnMembership;
        this.registerUser = registerUser;
        this.grantRole = grantRole;
        this.requestAccess = requestAccess;
        this.acceptAccessRequest = acceptAccessRequest;
        this.enrolPatient = enrolPatient;
        this.listConsents = listConsents;
        this.withdrawConsent = withdrawConsent;
        this.openPanel = openPanel;
        this.submitPanel = submitPanel;
        this.setDeadline = setDeadline;
        this.inviteExpert = inviteExpert;
        this.acceptInvitation = acceptInvitation;
        this.declineInvitation = declineInvitation;
        this.startAssessment = startAssessment;
        this.returnToPanelSelection = returnToPanelSelection;
        this.commentOnTimeline = commentOnTimeline;
        this.requestAdditionalData = requestAdditionalData;
        this.answerDataRequest = answerDataRequest;
        this.recordContribution = recordContribution;
        this.commentOnContribution = commentOnContribution;
        this.scheduleMeeting = scheduleMeeting;
        this.postChatMessage = postChatMessage;
        this.startSignOff = startSignOff;
        this.draftOutcome = draftOutcome;
        this.reviewOutcome = reviewOutcome;
        this.returnToAssessment = returnToAssessment;
        this.finaliseOutcome = finaliseOutcome;
        this.closePanel = closePanel;
        this.rateUsefulness = rateUsefulness;
        this.archivePanel = archivePanel;
        this.abortPanel = abortPanel;
        this.deletePanel = deletePanel;
        this.forwardPanel = forwardPanel;
        this.copyPanel = copyPanel;
    }

    /** Loads the training data set unless it is there already; either way reports the accounts. */
    public TrainingData handle() {
        var marker = TrainingDataSet.accounts().get(0).subject();
        if (users.findBySubject(marker).isPresent()) {
            return report(false);
        }
        new Loading().run();
        return report(true);
    }

    private static TrainingData report(boolean loadedNow) {
        return new TrainingData(loadedNow, TrainingDataSet.accounts(), TrainingDataSet.NETWORKS.size(),
                TrainingDataSet.CENTRES.size(), TrainingDataSet.PATIENTS.size(), PANELS);
    }

    /** One run of the loader, remembering the ids it created by the names the data set gives them. */
    private final class Loading {

        private final Instant now = clock.instant();
        private final LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        private final Map<String, ProviderId> centres = new HashMap<>();
        private final Map<String, UserId> people = new HashMap<>();
        private final Map<String, PatientId> patients = new HashMap<>();
        private final Actor operator = identifyCaller.handle(new IdentifyCaller.Query(
                TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR))).filter(s -> s.asActor().isOperator())
                .orElseThrow(() -> new IllegalStateException("the training operator is not a platform operator"))
                .asActor();

        void run() {
            networksAndCentres();
            accounts();
            enrolments();
            panelsBeingPrepared();
            panelsInAssessment();
            panelsSigningOff();
            var closed = panelsClosedAndArchived();
            panelsGivenUp();
            panelsForwardedAndCopied(closed);
        }

        // ------------------------------------------------------------ reference data

        private void networksAndCentres() {
            TrainingDataSet.NETWORKS.forEach(ern -> establishNetwork.handle(new EstablishNetwork.Command(operator, ern)));
            for (TrainingDataSet.Centre centre : TrainingDataSet.CENTRES) {
                centres.put(centre.key(), registerHealthcareProvider.handle(
                        new RegisterHealthcareProvider.Command(operator, centre.name(), centre.country())));
            }
        }

        private void diseaseGroups() {
            diseaseGroups(COORDINATOR_ERKNET, Ern.ERKNET, new DiseaseGroup("GLOM", "Glomerular diseases"),
                    new DiseaseGroup("TUB", "Tubulopathies"),
                    new DiseaseGroup("CAKUT", "Congenital anomalies of the kidney and urinary tract"),
                    new DiseaseGroup("CYST", "Cystic kidney diseases"));
            diseaseGroups(COORDINATOR_RND, Ern.RND, new DiseaseGroup("ATAXIA", "Ataxias and hereditary spastic paraplegias"),
                    new DiseaseGroup("DYST", "Dystonia and paroxysmal disorders"),
                    new DiseaseGroup("LEUKO", "Leukodystrophies"));
            diseaseGroups(COORDINATOR_ITHACA, Ern.ITHACA, new DiseaseGroup("ID", "Intellectual disability syndromes"),
                    new DiseaseGroup("MCA", "Multiple congenital anomalies"),
                    new DiseaseGroup("CHROM", "Chromosomal disorders"));
        }

        private void diseaseGroups(String coordinator, Ern ern, DiseaseGroup... groups) {
            for (DiseaseGroup group : groups) {
                addDiseaseGroup.handle(new AddDiseaseGroup.Command(operator, ern, group));
            }
        }

        private void memberships() {
            for (TrainingDataSet.Centre centre : TrainingDataSet.CENTRES) {
                centre.memberships().forEach((ern, type) -> recordErnMembership.handle(RecordErnMembership.Command.join(
                        operator, centres.get(centre.key()), ern, type)));
            }
        }

        private String coordinatorOf(Ern ern) {
            return switch (ern) {
                case ERKNET -> COORDINATOR_ERKNET;
                case RND -> COORDINATOR_RND;
                case ITHACA -> COORDINATOR_ITHACA;
                default -> throw new IllegalStateException("the training data set has no coordinator of " + ern.code());
            };
        }

        // ------------------------------------------------------------ accounts and their roles

        private void accounts() {
            for (TrainingAccount account : TrainingDataSet.users()) {
                var signedIn = registerUser.handle(new RegisterUser.Command(account.subject(), account.displayName(),
                        account.email(), account.country()));
                people.put(account.username(), signedIn.user());
            }
            diseaseGroups();
            memberships();
            appointFirstCoordinator(COORDINATOR_ERKNET, Ern.ERKNET, PARIS);
            appointFirstCoordinator(COORDINATOR_RND, Ern.RND, MILANO);
            appointFirstCoordinator(COORDINATOR_ITHACA, Ern.ITHACA, NIJMEGEN);

            requestAndAccept(HP_BERLIN, Ern.ERKNET, BERLIN, Role.HEALTH_PROFESSIONAL, "Paediatric nephrologist at Berlin.");
            requestAndAccept(HP_BERLIN, Ern.RND, BERLIN, Role.HEALTH_PROFESSIONAL, "I also run the adult neurogenetics clinic.");
            requestAndAccept(HP_PARIS, Ern.ERKNET, PARIS, Role.HEALTH_PROFESSIONAL, "Paediatric nephrologist at Paris.");
            requestAndAccept(HP_MILANO, Ern.RND, MILANO, Role.HEALTH_PROFESSIONAL, "Neurologist specialised in ataxias.");
            requestAndAccept(HP_MILANO, Ern.ERKNET, MILANO, Role.HEALTH_PROFESSIONAL, "I see kidney involvement in neurogenetic disease.");
            requestAndAccept(HP_NIJMEGEN, Ern.ITHACA, NIJMEGEN, Role.HEALTH_PROFESSIONAL, "Clinical geneticist at Nijmegen.");
            requestAndAccept(HP_MADRID, Ern.RND, MADRID, Role.HEALTH_PROFESSIONAL, "Paediatric neurologist at Madrid.");
            requestAndAccept(RESEARCHER_ERKNET, Ern.ERKNET, BERLIN, Role.RESEARCHER, "Registry analyses of glomerular diseases.");
            var assistant = requestAccess.handle(new RequestAccess.Command(actor(ASSISTANT_BERLIN),
                    new RequestedAccess(Ern.ERKNET, centres.get(BERLIN), Set.of(Role.CENTRE_ASSISTANT), people.get(HP_BERLIN)),
                    "I prepare the cases of the paediatric nephrology clinic."));
            acceptAccessRequest.handle(new AcceptAccessRequest.Command(actor(COORDINATOR_ERKNET), assistant, null));

            grant(COORDINATOR_ERKNET, DISPATCHER_ERKNET, RoleGrant.dispatcher(Ern.ERKNET, centres.get(BERLIN)));
            grant(COORDINATOR_RND, DISPATCHER_RND, RoleGrant.dispatcher(Ern.RND, centres.get(MADRID)));
            grant(COORDINATOR_ITHACA, DISPATCHER_ITHACA, RoleGrant.dispatcher(Ern.ITHACA, centres.get(PARIS)));
            grant(COORDINATOR_ERKNET, PANEL_MANAGER_ERKNET, RoleGrant.panelManager(Ern.ERKNET, centres.get(PARIS)));
            grant(COORDINATOR_ERKNET, AUDITOR_ERKNET, RoleGrant.auditor(Ern.ERKNET));

            requestAccess.handle(new RequestAccess.Command(actor(APPLICANT_MADRID), new RequestedAccess(Ern.RND,
                    centres.get(MADRID), Set.of(Role.HEALTH_PROFESSIONAL), null), "Neurology resident joining the movement disorders team."));
        }

        /** The bootstrap of an ERN: the operator appoints its first coordinator. */
        private void appointFirstCoordinator(String username, Ern ern, String centre) {
            var account = TrainingDataSet.account(username);
            appointCoordinator.handle(new AppointCoordinator.Command(operator, ern, centres.get(centre),
                    new AppointCoordinator.Appointee(account.subject(), account.displayName(), account.email(),
                            account.country()), null));
        }

        private void requestAndAccept(String username, Ern ern, String centre, Role role, String motivation) {
            var request = requestAccess.handle(new RequestAccess.Command(actor(username),
                    new RequestedAccess(ern, centres.get(centre), Set.of(role), null), motivation));
            acceptAccessRequest.handle(new AcceptAccessRequest.Command(actor(coordinatorOf(ern)), request, null));
        }

        private void grant(String by, String username, RoleGrant grant) {
            grantRole.handle(new GrantRole.Command(actor(by), people.get(username), null, grant));
        }

        /** The user as they act now, with the grants they hold now. */
        private Actor actor(String username) {
            return users.get(people.get(username)).asActor();
        }

        // ------------------------------------------------------------ patients and consents

        private void enrolments() {
            var synthetic = TrainingDataSet.PATIENTS;
            for (int i = 0; i < synthetic.size(); i++) {
                var patient = synthetic.get(i);
                var centre = TrainingDataSet.CENTRES.stream().filter(c -> c.key().equals(patient.centre())).findFirst()
                        .orElseThrow();
                var born = today.minusYears(patient.age()).minusDays(17L + (29L * i) % 300);
                var national = i % 4 == 1
                        ? new NationalIdentifier(centre.country(), String.format("TRN-NAT-%04d", 1 + i))
                        : null;
                var identity = new IdentifyingData(patient.givenName(), patient.familyName(), born, patient.sex(),
                        new HospitalIdentifier(patient.hospitalIdentifier()), national);
                var form = new ConsentForm("2.0", centre.language());
                var givenOn = today.minusDays(7L + 9L * i);
                var consents = new ArrayList<>(List.of(new GivenConsent(ConsentKind.CARE, givenOn, form, null),
                        new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, givenOn, form, null)));
                if (i % 2 == 0) {
                    consents.add(new GivenConsent(ConsentKind.REGISTRY_INCLUSION, givenOn, form, null));
                }
                if (i % 3 == 0) {
                    consents.add(new GivenConsent(ConsentKind.RESEARCH_CONTACT, givenOn, form, null));
                }
                var enrolled = enrolPatient.handle(new EnrolPatient.Command(actor(patient.enrolledBy()),
                        centres.get(patient.centre()), people.get(patient.enrollingHp()), identity, consents));
                patients.put(patient.givenName(), enrolled.patient());
            }
            withdrawSharing("Echo", "The patient no longer wishes her data to be shared with other centres.");
        }

        private void withdrawSharing(String givenName, String reason) {
            var hp = actor(TrainingDataSet.PATIENTS.stream().filter(p -> p.givenName().equals(givenName)).findFirst()
                    .orElseThrow().enrollingHp());
            var sharing = listConsents.handle(new ListConsents.Query(hp, patients.get(givenName))).stream()
                    .filter(c -> c.given().kind() == ConsentKind.SHARING_WITHIN_ERN).map(ConsentView::id).findFirst()
                    .orElseThrow();
            withdrawConsent.handle(new WithdrawConsent.Command(hp, sharing, null, today.minusDays(1), reason));
        }

        // ------------------------------------------------------------ panels, one state after another

        /** A draft to complete and submit, and a draft thrown away. */
        private void panelsBeingPrepared() {
            open(HP_BERLIN, "Alpha", Ern.ERKNET, form("Visible haematuria and hearing loss at age 9",
                    "Is Alport syndrome likely, and which genes should be tested?", false,
                    List.of(section(SectionKind.MEDICAL_HISTORY, "Recurrent visible haematuria since age 4; "
                            + "bilateral sensorineural hearing loss found at school screening."),
                            section(SectionKind.LABORATORY, "Urine protein/creatinine 65 mg/mmol; eGFR 98 ml/min/1.73m2.")),
                    List.of(coded(CodingSystem.ICD_10, "N02.9", "Recurrent and persistent haematuria")),
                    List.of(coded(CodingSystem.HPO, "HP:0000790", "Hematuria"),
                            coded(CodingSystem.HPO, "HP:0000365", "Hearing impairment"))));

            var mistaken = open(HP_BERLIN, "Bravo", Ern.ERKNET, form("Opened for the wrong patient", "None", false,
                    List.of(), List.of(), List.of()));
            deletePanel.handle(new DeletePanel.Command(actor(HP_BERLIN), mistaken, null));

            // Panel selection, after a step back from assessment: one invitation pending, one declined.
            var selection = open(HP_BERLIN, "Charlie", Ern.ERKNET, form("Nephrotic syndrome resistant to steroids since age 3",
                    "Is a genetic cause likely, and is a calcineurin inhibitor worth trying?", false,
                    List.of(section(SectionKind.LABORATORY, "Proteinuria 4.1 g/day, serum albumin 19 g/l."),
                            section(SectionKind.HISTOLOGY, "Focal segmental glomerulosclerosis on biopsy.")),
                    List.of(coded(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome, focal and segmental glomerular lesions")),
                    List.of(coded(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome"))));
            submit(HP_BERLIN, selection);
            setDeadline.handle(new SetDeadline.Command(actor(HP_BERLIN), selection, null,
                    now.plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.DAYS)));
            join(HP_BERLIN, selection, HP_MILANO);
            invite(HP_BERLIN, selection, HP_NIJMEGEN);
            declineInvitation.handle(new DeclineInvitation.Command(actor(HP_NIJMEGEN), selection, null));
            startAssessment(HP_BERLIN, selection);
            returnToPanelSelection.handle(new ReturnToPanelSelection.Command(actor(HP_BERLIN), selection, null,
                    "A second paediatric nephrologist should join before the assessment."));
            invite(DISPATCHER_ERKNET, selection, HP_PARIS);
            comment(HP_BERLIN, selection, "Waiting for a second nephrologist; the biopsy slides are available on request.");
        }

        /** Two panels in assessment, the first with a guest, data requests, a meeting and a chat. */
        private void panelsInAssessment() {
            var assessment = open(HP_BERLIN, "Delta", Ern.ERKNET, form("Enlarged cystic kidneys and declining function",
                    "Is this autosomal recessive polycystic kidney disease, and is combined liver-kidney "
                            + "transplantation indicated?", true,
                    List.of(section(SectionKind.CLINICAL_FINDINGS, "Bilateral enlarged echogenic kidneys, hepatomegaly."),
                            section(SectionKind.LABORATORY, "eGFR 24 ml/min/1.73m2, falling over six months."),
                            section(SectionKind.IMAGING, "Ultrasound: multiple small renal cysts, periportal fibrosis.")),
                    List.of(coded(CodingSystem.ICD_10, "Q61.1", "Polycystic kidney, infantile type"),
                            coded(CodingSystem.ORPHACODE, "ORPHA:731", "Autosomal recessive polycystic kidney disease")),
                    List.of(coded(CodingSystem.HPO, "HP:0000107", "Renal cyst"))));
            submit(HP_BERLIN, assessment);
            grant(HP_BERLIN, GUEST_VIENNA, RoleGrant.guestExpert(assessment));
            join(HP_BERLIN, assessment, HP_PARIS, HP_MILANO, HP_NIJMEGEN, GUEST_VIENNA);
            startAssessment(DISPATCHER_ERKNET, assessment);
            comment(HP_PARIS, assessment, "The liver findings make ARPKD more likely than ADPKD at this age.");
            var ultrasound = requestAdditionalData.handle(new RequestAdditionalData.Command(actor(HP_NIJMEGEN), assessment,
                    null, "Please share the full ultrasound report, including the liver elastography.")).id();
            answerDataRequest.handle(new AnswerDataRequest.Command(actor(ASSISTANT_BERLIN), assessment, null, ultrasound,
                    "The ultrasound report is attached.", List.of(Attachment.document("training/ultrasound-report.pdf",
                            "Abdominal ultrasound report", "application/pdf"))));
            requestAdditionalData.handle(new RequestAdditionalData.Command(actor(HP_MILANO), assessment, null,
                    "Is there a family history of kidney disease in the parents or siblings?"));
            contribute(HP_PARIS, assessment, "Likely ARPKD (PKHD1). Recommend genetic confirmation and evaluation "
                    + "for combined transplantation given the portal hypertension.");
            contribute(GUEST_VIENNA, assessment, "From the hepatology side: assess varices before any transplant listing.");
            commentOnContribution.handle(new CommentOnContribution.Command(actor(HP_MILANO), assessment, null,
                    people.get(HP_PARIS), "Agreed; the PKHD1 result should come before the listing decision."));
            scheduleMeeting.handle(new ScheduleMeeting.Command(actor(PANEL_MANAGER_ERKNET), assessment, null,
                    now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), Duration.ofMinutes(45),
                    Set.of(people.get(HP_BERLIN), people.get(HP_PARIS), people.get(HP_MILANO), people.get(HP_NIJMEGEN),
                            people.get(GUEST_VIENNA)), "https://meet.training.opencpms.invalid/cystic-kidneys-review"));
            postChatMessage.handle(new PostChatMessage.Command(actor(HP_BERLIN), assessment,
                    "Thank you all for joining; the meeting invitation is in your inbox."));

            var neurology = open(HP_BERLIN, "Foxtrot", Ern.RND, form("Adult-onset leukodystrophy with cognitive decline",
                    "Which metabolic and genetic work-up is indicated?", false,
                    List.of(section(SectionKind.IMAGING, "MRI: confluent symmetric white matter lesions, frontal predominance.")),
                    List.of(coded(CodingSystem.ICD_10, "E75.2", "Other sphingolipidosis")),
                    List.of(coded(CodingSystem.HPO, "HP:0002415", "Leukodystrophy"))));
            submit(HP_BERLIN, neurology);
            join(DISPATCHER_RND, neurology, HP_MADRID, HP_MILANO);
            startAssessment(HP_BERLIN, neurology);
            contribute(HP_MADRID, neurology, "Measure arylsulfatase A and very long chain fatty acids first.");
            comment(HP_MILANO, neurology, "An exome would also cover CSF1R-related leukoencephalopathy.");
        }

        /** Sign-off, after a disagreement sent the panel back to assessment once; one review still due. */
        private void panelsSigningOff() {
            var signOff = open(HP_PARIS, "Golf", Ern.ERKNET, form("Polyuria, rickets and growth failure in a young child",
                    "Is this nephropathic cystinosis, and how should cysteamine be started?", false,
                    List.of(section(SectionKind.LABORATORY, "Generalised proximal tubulopathy; raised leukocyte cystine.")),
                    List.of(coded(CodingSystem.ICD_10, "E72.0", "Disorders of amino-acid transport"),
                            coded(CodingSystem.ORPHACODE, "ORPHA:213", "Cystinosis")),
                    List.of(coded(CodingSystem.HPO, "HP:0000103", "Polyuria"))));
            submit(HP_PARIS, signOff);
            join(HP_PARIS, signOff, HP_BERLIN, HP_MILANO);
            startAssessment(HP_PARIS, signOff);
            contribute(HP_PARIS, signOff, "Leukocyte cystine confirms cystinosis; CTNS testing is under way.");
            contribute(HP_BERLIN, signOff, "Start cysteamine at a low dose and titrate on leukocyte cystine.");
            contribute(HP_MILANO, signOff, "Add an ophthalmology review for corneal crystals.");
            commentOnContribution.handle(new CommentOnContribution.Command(actor(HP_BERLIN), signOff, null,
                    people.get(HP_MILANO), "Yes, and cysteamine eye drops once crystals are seen."));
            startSignOff(HP_PARIS, signOff);
            draft(HP_PARIS, signOff, "Nephropathic cystinosis.", "Start cysteamine.", "Electrolyte replacement.");
            reviewOutcome.handle(new ReviewOutcome.Command(actor(HP_BERLIN), signOff, null, Agreement.DISAGREE,
                    "The dosing and the eye review are missing."));
            returnToAssessment.handle(new ReturnToAssessment.Command(actor(HP_PARIS), signOff, null,
                    "Reviewers ask for dosing and follow-up to be spelled out."));
            contribute(HP_BERLIN, signOff, "Cysteamine 1.3 g/m2/day in four doses, titrated to leukocyte cystine below 1.");
            startSignOff(HP_PARIS, signOff);
            draft(HP_PARIS, signOff, "Nephropathic cystinosis, confirmed biochemically.",
                    "Start cysteamine with titration; ophthalmology review; genetic counselling for the family.",
                    "Cysteamine 1.3 g/m2/day in four doses; phosphate, bicarbonate and potassium replacement; "
                            + "review in 4 weeks.");
            reviewOutcome.handle(new ReviewOutcome.Command(actor(HP_BERLIN), signOff, null, Agreement.AGREE, "Agreed."));
        }

        /**
         * A closed panel with its usefulness rated, and an archived one (archived by the coordinator).
         * Returns the closed one.
         */
        private PanelId panelsClosedAndArchived() {
            var closed = open(HP_MILANO, "Kilo", Ern.RND, form("Progressive gait ataxia since adolescence",
                    "Friedreich ataxia or another recessive ataxia?", false,
                    List.of(section(SectionKind.CLINICAL_FINDINGS, "Gait and limb ataxia, absent ankle reflexes, pes cavus."),
                            section(SectionKind.GENETICS, "FXN repeat analysis pending.")),
                    List.of(coded(CodingSystem.ICD_10, "G11.1", "Early-onset cerebellar ataxia"),
                            coded(CodingSystem.ORPHACODE, "ORPHA:95", "Friedreich ataxia")),
                    List.of(coded(CodingSystem.HPO, "HP:0001251", "Ataxia"))));
            submit(HP_MILANO, closed);
            join(HP_MILANO, closed, HP_MADRID, HP_BERLIN);
            startAssessment(HP_MILANO, closed);
            comment(HP_MADRID, closed, "Cardiac involvement should be looked for whatever the genetics show.");
            var cardiacUltrasound = requestAdditionalData.handle(new RequestAdditionalData.Command(actor(HP_BERLIN), closed, null,
                    "Is there a recent cardiac ultrasound?")).id();
            answerDataRequest.handle(new AnswerDataRequest.Command(actor(HP_MILANO), closed, null, cardiacUltrasound,
                    "Yes: concentric left ventricular hypertrophy, normal ejection fraction.", List.of(Attachment.document(
                            "training/cardiac-ultrasound.pdf", "Cardiac ultrasound report", "application/pdf"))));
            contribute(HP_MADRID, closed, "Phenotype and cardiomyopathy fit Friedreich ataxia.");
            contribute(HP_BERLIN, closed, "Agree; if FXN is negative, test for AOA2 and AVED.");
            contribute(HP_MILANO, closed, "FXN shows biallelic GAA expansions: Friedreich ataxia confirmed.");
            startSignOff(HP_MILANO, closed);
            draft(HP_MILANO, closed, "Friedreich ataxia, genetically confirmed.",
                    "Cardiology follow-up every 6 months; physiotherapy; discuss omaveloxolone.",
                    "Omaveloxolone where available; yearly diabetes screening.");
            reviewOutcome.handle(new ReviewOutcome.Command(actor(HP_MADRID), closed, null, Agreement.AGREE, null));
            reviewOutcome.handle(new ReviewOutcome.Command(actor(HP_BERLIN), closed, null, Agreement.AGREE,
                    "Agreed, good plan."));
            finaliseOutcome.handle(new FinaliseOutcome.Command(actor(HP_MILANO), closed, null));
            closePanel.handle(new ClosePanel.Command(actor(HP_MILANO), closed, null));
            rateUsefulness.handle(new RateUsefulness.Command(actor(HP_MILANO), closed, null, 4));

            var archived = open(HP_NIJMEGEN, "November", Ern.ITHACA, form("Developmental delay with distinctive facial features",
                    "Is Kabuki syndrome the unifying diagnosis?", false,
                    List.of(section(SectionKind.CLINICAL_FINDINGS, "Long palpebral fissures, persistent fetal fingertip pads, "
                            + "mild hypotonia.")),
                    List.of(coded(CodingSystem.ICD_10, "Q87.0", "Congenital malformation syndromes predominantly affecting facial appearance"),
                            coded(CodingSystem.ORPHACODE, "ORPHA:2322", "Kabuki syndrome")),
                    List.of(coded(CodingSystem.HPO, "HP:0001263", "Global developmental delay"))));
            submit(HP_NIJMEGEN, archived);
            join(HP_NIJMEGEN, archived, DISPATCHER_ITHACA, HP_PARIS);
            startAssessment(HP_NIJMEGEN, archived);
            contribute(DISPATCHER_ITHACA, archived, "The facial gestalt is typical; sequence KMT2D and KDM6A.");
            contribute(HP_PARIS, archived, "Screen the kidneys by ultrasound: malformations are common in Kabuki syndrome.");
            contribute(HP_NIJMEGEN, archived, "A KMT2D truncating variant was found.");
            startSignOff(HP_NIJMEGEN, archived);
            draft(HP_NIJMEGEN, archived, "Kabuki syndrome (KMT2D).",
                    "Kidney ultrasound, cardiac and hearing screening; developmental support.", "Follow-up yearly.");
            reviewOutcome.handle(new ReviewOutcome.Command(actor(DISPATCHER_ITHACA), archived, null, Agreement.AGREE, null));
            reviewOutcome.handle(new ReviewOutcome.Command(actor(HP_PARIS), archived, null, Agreement.AGREE, null));
            finaliseOutcome.handle(new FinaliseOutcome.Command(actor(HP_NIJMEGEN), archived, null));
            closePanel.handle(new ClosePanel.Command(actor(HP_NIJMEGEN), archived, null));
            rateUsefulness.handle(new RateUsefulness.Command(actor(HP_NIJMEGEN), archived, null, 5));
            archivePanel.handle(new ArchivePanel.Command(actor(COORDINATOR_ITHACA), archived, null));
            return closed;
        }

        /** A panel the ERN's coordinator aborted during panel selection. */
        private void panelsGivenUp() {
            var aborted = open(HP_MADRID, "Quebec", Ern.RND, form("Childhood-onset dystonia of the legs",
                    "Is a trial of levodopa indicated before further genetic testing?", false,
                    List.of(section(SectionKind.MEDICAL_HISTORY, "Dystonic gait since age 8, worse in the evening.")),
                    List.of(coded(CodingSystem.ICD_10, "G24.1", "Idiopathic familial dystonia")),
                    List.of(coded(CodingSystem.HPO, "HP:0001332", "Dystonia"))));
            submit(HP_MADRID, aborted);
            join(HP_MADRID, aborted, HP_MILANO);
            abortPanel.handle(new AbortPanel.Command(actor(COORDINATOR_RND), aborted, null,
                    "The family chose to continue care at another centre; the request is withdrawn."));
        }

        /** A panel forwarded from ERKNet to ITHACA and assembled there, and a copy of the closed panel. */
        private void panelsForwardedAndCopied(PanelId closed) {
            var forwarded = open(HP_PARIS, "Hotel", Ern.ERKNET, form("Kidney malformation with intellectual disability",
                    "Which syndromic cause is likely, and which genetic test comes first?", false,
                    List.of(section(SectionKind.CLINICAL_FINDINGS, "Unilateral renal agenesis, moderate intellectual "
                            + "disability, short stature.")),
                    List.of(coded(CodingSystem.ICD_10, "Q60.0", "Renal agenesis, unilateral")),
                    List.of(coded(CodingSystem.HPO, "HP:0001249", "Intellectual disability"))));
            submit(HP_PARIS, forwarded);
            comment(HP_PARIS, forwarded, "The kidney is stable; the open question is the syndrome.");
            forwardPanel.handle(new ForwardPanel.Command(actor(COORDINATOR_ERKNET), forwarded, null, Ern.ITHACA,
                    "Syndromic features: ITHACA's geneticists are better placed to lead."));
            join(DISPATCHER_ITHACA, forwarded, HP_NIJMEGEN);
            startAssessment(DISPATCHER_ITHACA, forwarded);

            copyPanel.handle(new CopyPanel.Command(actor(HP_MILANO), closed, null));
        }

        // ------------------------------------------------------------ panel steps

        private PanelId open(String lead, String patientGivenName, Ern ern, ConsultationForm form) {
            return openPanel.handle(new OpenPanel.Command(actor(lead), patients.get(patientGivenName), ern, form)).id();
        }

        private void submit(String lead, PanelId panel) {
            submitPanel.handle(new SubmitPanel.Command(actor(lead), panel, null));
        }

        private void invite(String by, PanelId panel, String invitee) {
            inviteExpert.handle(new InviteExpert.Command(actor(by), panel, null, people.get(invitee)));
        }

        /** Invites each expert, who accepts. */
        private void join(String by, PanelId panel, String... experts) {
            for (String expert : experts) {
                invite(by, panel, expert);
                acceptInvitation.handle(new AcceptInvitation.Command(actor(expert), panel, null));
            }
        }

        private void startAssessment(String by, PanelId panel) {
            startAssessment.handle(new StartAssessment.Command(actor(by), panel, null));
        }

        private void startSignOff(String lead, PanelId panel) {
            startSignOff.handle(new StartSignOff.Command(actor(lead), panel, null));
        }

        private void comment(String by, PanelId panel, String text) {
            commentOnTimeline.handle(new CommentOnTimeline.Command(actor(by), panel, null, text));
        }

        private void contribute(String by, PanelId panel, String text) {
            recordContribution.handle(new RecordContribution.Command(actor(by), panel, null, text));
        }

        private void draft(String lead, PanelId panel, String conclusion, String recommendations, String treatmentPlan) {
            draftOutcome.handle(new DraftOutcome.Command(actor(lead), panel, null, conclusion, recommendations, treatmentPlan));
        }
    }

    private static ConsultationForm form(String reason, String question, boolean urgent, List<ClinicalSection> sections,
                                         List<CodedEntry> diagnoses, List<CodedEntry> phenotypes) {
        return new ConsultationForm(reason, question, urgent, sections, diagnoses, phenotypes, Map.of(), List.of(),
                Optional.empty());
    }

    private static ClinicalSection section(SectionKind kind, String text) {
        return new ClinicalSection(kind, text);
    }

    private static CodedEntry coded(CodingSystem system, String code, String display) {
        return new CodedEntry(system, code, display);
    }
}
