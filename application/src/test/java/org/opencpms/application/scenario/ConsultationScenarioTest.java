package org.opencpms.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.kpi.ReadKpis;
import org.opencpms.application.memory.InMemoryOpenCpms;
import org.opencpms.application.notification.ReadInbox;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.AnswerDataRequest;
import org.opencpms.application.panel.ArchivePanel;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.ListMyPanels;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.RateUsefulness;
import org.opencpms.application.panel.RecordContribution;
import org.opencpms.application.panel.RequestAdditionalData;
import org.opencpms.application.panel.ReturnToAssessment;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.application.panel.ScheduleMeeting;
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.ViewPatient;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.application.user.GrantRole;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.panel.Transition;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;

/**
 * One patient from enrolment to an archived panel, told through the use cases only: three centres
 * in two ERNs, newcomers who request access, a centre assistant who enrols for her HP, an expert of
 * another ERN, a guest expert, a disagreement that sends the panel back from sign-off to
 * assessment, and the patient's identity never leaving the enrolling centre.
 */
class ConsultationScenarioTest {

    private static final String ISSUER = "https://login.training.opencpms.org";

    private static final Subject OPERATOR = new Subject(ISSUER, "platform-operator");

    private final MovingClock clock = new MovingClock(Instant.parse("2026-02-02T08:00:00Z"));
    private final InMemoryOpenCpms cpms = InMemoryOpenCpms.create(clock, IdentityVisibility.STRICT, new Random(7),
            PlatformOperators.of(OPERATOR));
    private final Actor operator = cpms.useCase(IdentifyCaller.class).handle(new IdentifyCaller.Query(OPERATOR))
            .orElseThrow().asActor();

    @Test
    void a_patient_travels_from_enrolment_to_an_archived_panel_while_their_identity_stays_at_home() {
        // The platform operator sets up the reference data: two networks, three centres with their memberships,
        // and the first coordinator of each network.
        cpms.useCase(EstablishNetwork.class).handle(new EstablishNetwork.Command(operator, Ern.ERKNET));
        cpms.useCase(EstablishNetwork.class).handle(new EstablishNetwork.Command(operator, Ern.ITHACA));
        ProviderId charite = centre("Charité – Universitätsmedizin Berlin", "DE");
        ProviderId necker = centre("Hôpital Necker-Enfants malades", "FR");
        ProviderId radboud = centre("Radboudumc", "NL");
        join(charite, Ern.ERKNET);
        join(necker, Ern.ERKNET);
        join(necker, Ern.ITHACA);
        join(radboud, Ern.ITHACA);
        Actor erknetCoordinator = appointCoordinator(Ern.ERKNET, necker, "coord-erknet");
        Actor ithacaCoordinator = appointCoordinator(Ern.ITHACA, radboud, "coord-ithaca");

        // Newcomers sign in and request access; the coordinators accept.
        Actor lead = newcomerGranted("dr-berg", "DE", new RequestedAccess(Ern.ERKNET, charite, Set.of(Role.HEALTH_PROFESSIONAL), null),
                erknetCoordinator);
        Actor assistant = newcomerGranted("assistant-kurz", "DE",
                new RequestedAccess(Ern.ERKNET, charite, Set.of(Role.CENTRE_ASSISTANT), lead.id()), erknetCoordinator);
        Actor nephrologist = newcomerGranted("dr-lefevre", "FR",
                new RequestedAccess(Ern.ERKNET, necker, Set.of(Role.HEALTH_PROFESSIONAL), null), erknetCoordinator);
        Actor geneticist = newcomerGranted("dr-jansen", "NL",
                new RequestedAccess(Ern.ITHACA, radboud, Set.of(Role.HEALTH_PROFESSIONAL), null), ithacaCoordinator);

        // The assistant enrols the patient for her HP, with consents for care, sharing and the registry.
        var consentForm = new ConsentForm("2.1", "de");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var enrolled = cpms.useCase(EnrolPatient.class).handle(new EnrolPatient.Command(assistant, charite, lead.id(),
                new IdentifyingData("Wilhelmina", "Quackenbush", LocalDate.of(2016, 9, 23), Sex.FEMALE,
                        new HospitalIdentifier("CHA-7781-Q"), null),
                List.of(new GivenConsent(ConsentKind.CARE, today, consentForm, null),
                        new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, today, consentForm, null),
                        new GivenConsent(ConsentKind.REGISTRY_INCLUSION, today, consentForm, null))));

        // The lead opens the panel and submits it for panel selection.
        PanelId panel = cpms.useCase(OpenPanel.class).handle(new OpenPanel.Command(lead, enrolled.patient(), Ern.ERKNET,
                new ConsultationForm("Steroid-resistant nephrotic syndrome at age 9", "Is a genetic cause likely, and which treatment?",
                        true, List.of(new ClinicalSection(SectionKind.LABORATORY, "Proteinuria 4.2 g/day, albumin 18 g/l")),
                        List.of(new CodedEntry(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome")),
                        List.of(new CodedEntry(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome")),
                        Map.of(), List.of(), Optional.empty()))).id();
        cpms.useCase(SubmitPanel.class).handle(new SubmitPanel.Command(lead, panel, null));

        // Invitations: an expert of the same ERN, one of another ERN, and a guest outside the ERNs.
        Actor guest = newcomer("prof-guest", "IT");
        cpms.useCase(GrantRole.class).handle(new GrantRole.Command(lead, guest.id(), null, RoleGrant.guestExpert(panel)));
        guest = actorOf(guest.id());
        for (Actor invitee : List.of(nephrologist, geneticist, guest)) {
            cpms.useCase(InviteExpert.class).handle(new InviteExpert.Command(lead, panel, null, invitee.id()));
            cpms.useCase(AcceptInvitation.class).handle(new AcceptInvitation.Command(invitee, panel, null));
        }
        cpms.useCase(StartAssessment.class).handle(new StartAssessment.Command(lead, panel, null));

        // Assessment: a comment, a request for more data answered by the lead, three contributions, a meeting.
        cpms.useCase(CommentOnTimeline.class).handle(new CommentOnTimeline.Command(nephrologist, panel, null,
                "Podocin (NPHS2) variants would fit the age at onset."));
        var request = cpms.useCase(RequestAdditionalData.class).handle(new RequestAdditionalData.Command(geneticist, panel, null,
                "Please share the renal biopsy report.")).id();
        cpms.useCase(AnswerDataRequest.class).handle(new AnswerDataRequest.Command(lead, panel, null, request,
                "Biopsy report attached.", List.of(Attachment.document("biopsy-2026-01", "Renal biopsy", "application/pdf"))));
        contribute(nephrologist, panel, "Likely genetic SRNS; calcineurin inhibitors unlikely to help.");
        contribute(geneticist, panel, "Recommend a nephrotic syndrome gene panel including NPHS1, NPHS2, WT1.");
        contribute(guest, panel, "Consider COQ2 and COQ6 given the early onset.");
        clock.advance(Duration.ofDays(2));
        cpms.useCase(ScheduleMeeting.class).handle(new ScheduleMeeting.Command(lead, panel, null,
                clock.instant().plus(Duration.ofDays(3)), Duration.ofMinutes(45),
                Set.of(lead.id(), nephrologist.id(), geneticist.id(), guest.id()), "https://meet.training.opencpms.org/p1"));

        // Sign-off: a first draft meets disagreement, so the lead takes the panel back to assessment.
        cpms.useCase(StartSignOff.class).handle(new StartSignOff.Command(lead, panel, null));
        draftOutcome(lead, panel, "Genetic SRNS suspected.");
        cpms.useCase(ReviewOutcome.class).handle(new ReviewOutcome.Command(geneticist, panel, null, Agreement.DISAGREE,
                "The COQ genes should be in the recommendation."));
        cpms.useCase(ReturnToAssessment.class).handle(new ReturnToAssessment.Command(lead, panel, null,
                "Reviewers ask to add the coenzyme Q10 pathway."));
        contribute(geneticist, panel, "Gene panel must include COQ2, COQ6 and PLCE1.");
        cpms.useCase(StartSignOff.class).handle(new StartSignOff.Command(lead, panel, null));
        draftOutcome(lead, panel, "Genetic SRNS suspected; gene panel including COQ2/COQ6 recommended.");
        for (Actor member : List.of(nephrologist, geneticist, guest)) {
            cpms.useCase(ReviewOutcome.class).handle(new ReviewOutcome.Command(member, panel, null, Agreement.AGREE, "Agreed."));
        }
        clock.advance(Duration.ofDays(10));
        cpms.useCase(FinaliseOutcome.class).handle(new FinaliseOutcome.Command(lead, panel, null));
        cpms.useCase(ClosePanel.class).handle(new ClosePanel.Command(lead, panel, null));
        cpms.useCase(RateUsefulness.class).handle(new RateUsefulness.Command(lead, panel, null, 5));
        cpms.useCase(ArchivePanel.class).handle(new ArchivePanel.Command(lead, panel, null));

        // The panel went the whole way, with the backward step on record.
        var seenByLead = cpms.useCase(ViewPanel.class).handle(new ViewPanel.Query(lead, panel));
        assertThat(seenByLead.state()).isEqualTo(PanelState.ARCHIVED);
        assertThat(seenByLead.history()).extracting(Transition::to).containsExactly(PanelState.PANEL_SELECTION,
                PanelState.ASSESSMENT, PanelState.SIGN_OFF, PanelState.ASSESSMENT, PanelState.SIGN_OFF, PanelState.CLOSED,
                PanelState.ARCHIVED);
        assertThat(seenByLead.history().get(3).reason()).contains("coenzyme Q10");
        assertThat(seenByLead.members()).containsExactlyInAnyOrder(nephrologist.id(), geneticist.id(), guest.id());
        assertThat(seenByLead.timeToOutcome()).contains(Duration.ofDays(12));
        assertThat(seenByLead.usefulness()).hasValueSatisfying(u -> assertThat(u.rating()).isEqualTo(5));

        // Identity stays at home: the assistant sees it, the experts and the guest see only the pseudonym.
        assertThat(cpms.useCase(ViewPatient.class).handle(new ViewPatient.Query(assistant, enrolled.patient())).identity())
                .hasValueSatisfying(identity -> assertThat(identity.familyName()).isEqualTo("Quackenbush"));
        for (Actor outsider : List.of(nephrologist, geneticist, guest)) {
            var seen = cpms.useCase(ViewPatient.class).handle(new ViewPatient.Query(outsider, enrolled.patient()));
            assertThat(seen.identity()).isEmpty();
            assertThat(seen.nickname()).isEqualTo(enrolled.nickname());
            assertThat(cpms.useCase(ViewPanel.class).handle(new ViewPanel.Query(outsider, panel)).toString())
                    .doesNotContain("Wilhelmina", "Quackenbush", "CHA-7781-Q", "2016-09-23");
        }
        assertThat(cpms.useCase(ListMyPanels.class).handle(new ListMyPanels.Query(guest, null, 10)).items()).hasSize(1);

        // Everyone heard about it, on the channels they chose, without a name in any message.
        var guestInbox = cpms.useCase(ReadInbox.class).handle(new ReadInbox.Query(guest, false, 0, 50));
        assertThat(guestInbox).isNotEmpty();
        assertThat(cpms.notifications().toString()).doesNotContain("Wilhelmina", "Quackenbush");

        // The audit trail tells who read and changed the patient's data; the ERN's KPIs count the closed panel.
        List<AuditEntry> trail = cpms.auditTrail().concerning(enrolled.patient());
        assertThat(trail).extracting(AuditEntry::action).contains(AuditAction.CREATE, AuditAction.TRANSITION, AuditAction.READ);
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.READ).extracting(AuditEntry::actor)
                .contains(assistant.id(), nephrologist.id(), guest.id());
        var kpis = cpms.useCase(ReadKpis.class).handle(new ReadKpis.Query(erknetCoordinator, Ern.ERKNET,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")));
        assertThat(kpis.panelsClosed()).isEqualTo(1);
        assertThat(kpis.medianTimeToOutcome()).contains(Duration.ofDays(12));
        assertThat(kpis.meanUsefulness().getAsDouble()).isEqualTo(5.0);

        // A coordinator of the other ERN was never part of it and cannot look in: for them it does not exist.
        assertThatThrownBy(() -> cpms.useCase(ViewPanel.class).handle(new ViewPanel.Query(ithacaCoordinator, panel)))
                .extracting("code").isEqualTo("panel.not-found");
    }

    private ProviderId centre(String name, String country) {
        return cpms.useCase(RegisterHealthcareProvider.class)
                .handle(new RegisterHealthcareProvider.Command(operator, name, Country.of(country)));
    }

    private void join(ProviderId centre, Ern ern) {
        cpms.useCase(RecordErnMembership.class)
                .handle(RecordErnMembership.Command.join(operator, centre, ern, MembershipType.FULL_MEMBER));
    }

    private Actor appointCoordinator(Ern ern, ProviderId centre, String name) {
        var appointee = new AppointCoordinator.Appointee(new Subject(ISSUER, name), name,
                new EmailAddress(name + "@training.opencpms.org"), Country.of("FR"));
        return actorOf(cpms.useCase(AppointCoordinator.class)
                .handle(new AppointCoordinator.Command(operator, ern, centre, appointee, null)));
    }

    private Actor newcomer(String name, String country) {
        return cpms.useCase(RegisterUser.class).handle(new RegisterUser.Command(new Subject(ISSUER, name), name,
                new EmailAddress(name + "@training.opencpms.org"), Country.of(country))).asActor();
    }

    private Actor newcomerGranted(String name, String country, RequestedAccess requested, Actor coordinator) {
        Actor newcomer = newcomer(name, country);
        var request = cpms.useCase(RequestAccess.class).handle(new RequestAccess.Command(newcomer, requested, "I treat rare kidney diseases."));
        cpms.useCase(AcceptAccessRequest.class).handle(new AcceptAccessRequest.Command(coordinator, request, null));
        return actorOf(newcomer.id());
    }

    private Actor actorOf(UserId user) {
        return cpms.users().get(user).asActor();
    }

    private void contribute(Actor member, PanelId panel, String text) {
        cpms.useCase(RecordContribution.class).handle(new RecordContribution.Command(member, panel, null, text));
    }

    private void draftOutcome(Actor lead, PanelId panel, String conclusion) {
        cpms.useCase(DraftOutcome.class).handle(new DraftOutcome.Command(lead, panel, null, conclusion,
                "Targeted gene panel; stop steroids.", "Supportive ACE inhibition; review in 3 months."));
    }

    /** A clock that stands still until the story moves it on. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
