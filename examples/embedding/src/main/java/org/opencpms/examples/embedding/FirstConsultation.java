package org.opencpms.examples.embedding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.memory.InMemoryOpenCpms;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.ClosePanel;
import org.opencpms.application.panel.DraftOutcome;
import org.opencpms.application.panel.FinaliseOutcome;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.PanelView;
import org.opencpms.application.panel.RecordContribution;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.application.panel.StartAssessment;
import org.opencpms.application.panel.StartSignOff;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.reference.EstablishNetwork;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.application.reference.RegisterHealthcareProvider;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.IdentifyUser;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.Subject;

/**
 * OpenCPMS embedded as a plain Java library, from nothing to a closed panel: a platform operator sets up a network,
 * two centres and the first coordinator; two clinicians ask for access and the coordinator accepts; the lead enrols a
 * patient, opens a panel, and the expert's advice becomes the outcome. Finally, what the expert sees.
 *
 * <p>Your edge authenticates people (OpenID Connect, your own login...). OpenCPMS trusts the {@link Actor} it is
 * given: get it from an identity you verified ({@link IdentifyCaller}) or a user id you know ({@link IdentifyUser}),
 * never from a request parameter.
 */
public final class FirstConsultation {

    static final String ISSUER = "https://login.example.eu";

    public static void main(String[] args) {
        Subject operatorLogin = new Subject(ISSUER, "service-desk");
        var cpms = InMemoryOpenCpms.create(Clock.systemUTC(), IdentityVisibility.STRICT, PlatformOperators.of(operatorLogin));
        Actor operator = cpms.useCase(IdentifyCaller.class).handle(new IdentifyCaller.Query(operatorLogin)).orElseThrow().asActor();

        // 1. The operator sets up ERKNet, two member centres and the network's first coordinator.
        cpms.useCase(EstablishNetwork.class).handle(new EstablishNetwork.Command(operator, Ern.ERKNET));
        ProviderId berlin = memberCentre(cpms, operator, "Charité Berlin", "DE");
        ProviderId paris = memberCentre(cpms, operator, "Hôpital Necker Paris", "FR");
        var coordinatorId = cpms.useCase(AppointCoordinator.class).handle(new AppointCoordinator.Command(operator, Ern.ERKNET,
                paris, new AppointCoordinator.Appointee(new Subject(ISSUER, "claire"), "Dr Claire Martin",
                        EmailAddress.of("claire@example.eu"), Country.of("FR")), null));
        Actor coordinator = cpms.useCase(IdentifyUser.class).handle(new IdentifyUser.Query(coordinatorId));

        // 2. Three clinicians sign in for the first time and ask for access; the coordinator accepts.
        Actor lead = clinician(cpms, coordinator, "lena", "Dr Lena Weber", berlin, "DE");
        Actor expert = clinician(cpms, coordinator, "pierre", "Dr Pierre Dubois", paris, "FR");
        Actor expert2 = clinician(cpms, coordinator, "anna", "Dr Anna Schmidt", berlin, "DE");

        // 3. The lead enrols a patient with consent to care and to sharing within the ERN.
        LocalDate today = LocalDate.now(Clock.systemUTC());
        var enrolled = cpms.useCase(EnrolPatient.class).handle(new EnrolPatient.Command(lead, berlin, lead.id(),
                new IdentifyingData("Marie", "Dupont", LocalDate.of(2015, 5, 14), Sex.FEMALE, new HospitalIdentifier("MRN-42"), null),
                List.of(new GivenConsent(ConsentKind.CARE, today, new ConsentForm("2.1", "de"), null),
                        new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, today, new ConsentForm("2.1", "de"), null))));

        // 4. The lead opens a panel, invites the experts, and the panel discusses the case.
        var form = ConsultationForm.builder("Steroid-resistant nephrotic syndrome at age 9", "Is a genetic cause likely?")
                .diagnosis(CodingSystem.ICD_10, "N04.1", "Nephrotic syndrome")
                .phenotype(CodingSystem.HPO, "HP:0000100", "Nephrotic syndrome")
                .build();
        PanelId panel = cpms.useCase(OpenPanel.class).handle(new OpenPanel.Command(lead, enrolled.patient(), Ern.ERKNET, form)).id();
        cpms.useCase(SubmitPanel.class).handle(new SubmitPanel.Command(lead, panel, null));
        for (Actor invited : List.of(expert, expert2)) {
            cpms.useCase(InviteExpert.class).handle(new InviteExpert.Command(lead, panel, null, invited.id()));
            cpms.useCase(AcceptInvitation.class).handle(new AcceptInvitation.Command(invited, panel, null));
        }
        cpms.useCase(StartAssessment.class).handle(new StartAssessment.Command(lead, panel, null));
        cpms.useCase(RecordContribution.class).handle(new RecordContribution.Command(expert, panel, null,
                "NPHS2 variants are the most likely cause; steroids will not help."));
        cpms.useCase(RecordContribution.class).handle(new RecordContribution.Command(expert2, panel, null,
                "Agree; include WT1 and PLCE1 in the gene panel."));

        // 5. Sign-off: the lead drafts the outcome, the experts agree, the lead finalises it and closes the panel.
        cpms.useCase(StartSignOff.class).handle(new StartSignOff.Command(lead, panel, null));
        cpms.useCase(DraftOutcome.class).handle(new DraftOutcome.Command(lead, panel, null,
                "Probable genetic SRNS (NPHS2).", "Targeted gene panel; stop steroids.", null));
        for (Actor reviewer : List.of(expert, expert2)) {
            cpms.useCase(ReviewOutcome.class).handle(new ReviewOutcome.Command(reviewer, panel, null, Agreement.AGREE, null));
        }
        cpms.useCase(FinaliseOutcome.class).handle(new FinaliseOutcome.Command(lead, panel, null));
        cpms.useCase(ClosePanel.class).handle(new ClosePanel.Command(lead, panel, null));

        // 6. What the expert sees: the pseudonymised patient, never her name, and the outcome.
        PanelView seen = cpms.useCase(ViewPanel.class).handle(new ViewPanel.Query(expert, panel));
        System.out.println("Panel " + seen.id() + " is " + seen.state());
        System.out.println("Patient: " + seen.patient().nickname().value() + ", " + seen.patient().ageInYears() + " years, "
                + seen.patient().sex());
        System.out.println("Conclusion: " + seen.outcome().orElseThrow().conclusion());
        System.out.println("Recommendations: " + seen.outcome().orElseThrow().recommendations());
    }

    private static ProviderId memberCentre(InMemoryOpenCpms cpms, Actor operator, String name, String country) {
        var centre = cpms.useCase(RegisterHealthcareProvider.class)
                .handle(new RegisterHealthcareProvider.Command(operator, name, Country.of(country)));
        cpms.useCase(RecordErnMembership.class)
                .handle(RecordErnMembership.Command.join(operator, centre, Ern.ERKNET, MembershipType.FULL_MEMBER));
        return centre;
    }

    private static Actor clinician(InMemoryOpenCpms cpms, Actor coordinator, String login, String name, ProviderId centre,
                                   String country) {
        var newcomer = cpms.useCase(RegisterUser.class).handle(new RegisterUser.Command(new Subject(ISSUER, login), name,
                EmailAddress.of(login + "@example.eu"), Country.of(country))).asActor();
        var request = cpms.useCase(RequestAccess.class).handle(new RequestAccess.Command(newcomer,
                new RequestedAccess(Ern.ERKNET, centre, Set.of(Role.HEALTH_PROFESSIONAL), null), "Paediatric nephrologist."));
        cpms.useCase(AcceptAccessRequest.class).handle(new AcceptAccessRequest.Command(coordinator, request, null));
        return cpms.useCase(IdentifyUser.class).handle(new IdentifyUser.Query(newcomer.id()));
    }
}
