package org.opencpms.application.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.training.TrainingDataSet.APPLICANT_MADRID;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_ERKNET;
import static org.opencpms.application.training.TrainingDataSet.COORDINATOR_RND;
import static org.opencpms.application.training.TrainingDataSet.HP_BERLIN;
import static org.opencpms.application.training.TrainingDataSet.HP_MILANO;
import static org.opencpms.application.training.TrainingDataSet.HP_PARIS;
import static org.opencpms.application.training.TrainingDataSet.NEWCOMER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opencpms.application.accessrequest.AcceptAccessRequest;
import org.opencpms.application.accessrequest.ListPendingAccessRequests;
import org.opencpms.application.accessrequest.PendingAccessRequest;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.memory.InMemoryOpenCpms;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.ReviewOutcome;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.ViewPatient;
import org.opencpms.application.user.SignIn;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.DataRequest;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientForbidden;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;
import org.opencpms.application.user.PlatformOperators;

/** The training data set loaded over the in-memory ports, through the use cases, then looked at as trainees would. */
class LoadTrainingDataTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryOpenCpms cpms = InMemoryOpenCpms.create(Clock.fixed(NOW, ZoneOffset.UTC),
            IdentityVisibility.STRICT, new Random(11),
            PlatformOperators.of(TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR)));
    private final TrainingData loaded = cpms.useCase(LoadTrainingData.class).handle();

    @Test
    void loads_the_whole_data_set_into_an_empty_product_and_reports_what_it_holds() {
        assertThat(loaded.loadedNow()).isTrue();
        assertThat(loaded.accounts()).isEqualTo(TrainingDataSet.accounts());
        assertThat(cpms.users().all()).hasSize(TrainingDataSet.users().size());
        assertThat(TrainingDataSet.NETWORKS).hasSize(loaded.networks())
                .allSatisfy(ern -> assertThat(cpms.networks().find(ern)).isPresent());
        assertThat(auditTrail()).filteredOn(e -> e.action() == AuditAction.CREATE
                && e.resourceType().equals("HealthcareProvider")).hasSize(loaded.centres());
        assertThat(cpms.patients().page(0, 500)).hasSize(loaded.patients());
        assertThat(cpms.panels().all()).hasSize(loaded.panels());
    }

    @Test
    void every_panel_state_is_present() {
        assertThat(cpms.panels().all()).extracting(Panel::state).containsAll(EnumSet.allOf(PanelState.class));
    }

    @Test
    void every_role_is_held_by_at_least_one_training_account() {
        Set<Role> held = TrainingDataSet.accounts().stream()
                .flatMap(account -> signIn(account.username()).grants().stream())
                .map(RoleGrant::role)
                .collect(Collectors.toSet());

        assertThat(held).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void every_training_account_signs_in_with_the_training_issuer_and_its_username() {
        for (TrainingAccount account : TrainingDataSet.users()) {
            var signedIn = cpms.useCase(SignIn.class).handle(
                    new SignIn.Command(new Subject(TrainingDataSet.ISSUER, account.username())));

            User user = cpms.users().get(signedIn.user());
            assertThat(user.displayName()).isEqualTo(account.displayName());
            assertThat(user.email()).isEqualTo(account.email());
        }
        var operator = cpms.useCase(SignIn.class).handle(new SignIn.Command(TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR)));
        assertThat(operator.asActor().isOperator()).isTrue();
        assertThat(cpms.users().find(operator.user())).isEmpty();
    }

    @Test
    void loading_twice_changes_nothing() {
        var panels = snapshots();
        var users = cpms.users().all().stream().map(u -> u.id() + "@" + u.version()).toList();
        int patients = cpms.patients().page(0, 500).size();
        int auditEntries = auditTrail().size();
        int events = cpms.events().published().size();
        int notifications = cpms.notifications().delivered().size();

        var again = cpms.useCase(LoadTrainingData.class).handle();

        assertThat(again.loadedNow()).isFalse();
        assertThat(again).isEqualTo(new TrainingData(false, loaded.accounts(), loaded.networks(), loaded.centres(),
                loaded.patients(), loaded.panels()));
        assertThat(snapshots()).isEqualTo(panels);
        assertThat(cpms.users().all()).extracting(u -> u.id() + "@" + u.version()).isEqualTo(users);
        assertThat(cpms.patients().page(0, 500)).hasSize(patients);
        assertThat(auditTrail()).hasSize(auditEntries);
        assertThat(cpms.events().published()).hasSize(events);
        assertThat(cpms.notifications().delivered()).hasSize(notifications);
    }

    @Test
    void a_training_patients_identity_is_seen_by_the_enrolling_hp_and_only_the_nickname_by_an_expert_of_another_centre() {
        var patient = patient("Delta");
        var paris = signIn(HP_PARIS);
        assertThat(paris.grants()).extracting(RoleGrant::centre).doesNotContain(patient.centre());

        var seenByEnrollingHp = cpms.useCase(ViewPatient.class).handle(new ViewPatient.Query(signIn(HP_BERLIN), patient.id()));
        var seenByExpert = cpms.useCase(ViewPatient.class).handle(new ViewPatient.Query(paris, patient.id()));

        assertThat(seenByEnrollingHp.identity()).hasValueSatisfying(identity -> {
            assertThat(identity.familyName()).isEqualTo("Dummington");
            assertThat(identity.hospitalIdentifier()).isEqualTo(new HospitalIdentifier("TRN-000104"));
        });
        assertThat(seenByExpert.identity()).isEmpty();
        assertThat(seenByExpert.nickname()).isEqualTo(patient.nickname());
        assertThat(seenByExpert.toString()).doesNotContain("Delta", "Dummington", "TRN-000104");
    }

    @Test
    void the_newcomer_holds_no_grants_and_can_only_file_an_access_request() {
        var newcomer = signIn(NEWCOMER);
        assertThat(newcomer.grants()).isEmpty();
        ProviderId berlin = centreOf(signIn(HP_BERLIN));

        assertRefused(() -> cpms.useCase(EnrolPatient.class).handle(new EnrolPatient.Command(newcomer, berlin,
                newcomer.id(), new IdentifyingData("Uniform", "Nobody", LocalDate.of(2001, 1, 1), Sex.MALE,
                        new HospitalIdentifier("TRN-999999"), null),
                List.of(new GivenConsent(ConsentKind.CARE, LocalDate.of(2026, 3, 1), new ConsentForm("2.0", "en"), null)))),
                PatientForbidden.ENROL);
        var request = cpms.useCase(RequestAccess.class).handle(new RequestAccess.Command(newcomer,
                new RequestedAccess(Ern.ERKNET, berlin, Set.of(Role.HEALTH_PROFESSIONAL), null), "Trying out OpenCPMS."));

        assertThat(pendingIn(Ern.ERKNET, COORDINATOR_ERKNET)).extracting(PendingAccessRequest::id).containsExactly(request);
    }

    @Test
    void the_applicants_access_request_waits_for_the_coordinator_of_ern_rnd() {
        var applicant = signIn(APPLICANT_MADRID);
        assertThat(applicant.grants()).isEmpty();

        var pending = pendingIn(Ern.RND, COORDINATOR_RND);

        assertThat(pending).singleElement().satisfies(request -> {
            assertThat(request.requester()).isEqualTo(applicant.id());
            assertThat(request.roles()).containsExactly(Role.HEALTH_PROFESSIONAL);
        });
        assertThat(pendingIn(Ern.ERKNET, COORDINATOR_ERKNET)).isEmpty();
    }

    @Test
    void trainees_can_take_the_next_step_wherever_the_data_set_waits_for_one() {
        var pendingInvitation = panelInState(PanelState.PANEL_SELECTION);
        cpms.useCase(AcceptInvitation.class).handle(new AcceptInvitation.Command(signIn(HP_PARIS), pendingInvitation, null));

        var awaitingReview = panelInState(PanelState.SIGN_OFF);
        cpms.useCase(ReviewOutcome.class).handle(new ReviewOutcome.Command(signIn(HP_MILANO), awaitingReview, null,
                Agreement.AGREE, "Agreed."));

        var draft = cpms.panels().all().stream()
                .filter(p -> p.state() == PanelState.DRAFT && p.copiedFrom().isEmpty()).findFirst().orElseThrow();
        cpms.useCase(SubmitPanel.class).handle(new SubmitPanel.Command(signIn(HP_BERLIN), draft.id(), null));

        var applicantsRequest = pendingIn(Ern.RND, COORDINATOR_RND).get(0).id();
        cpms.useCase(AcceptAccessRequest.class).handle(new AcceptAccessRequest.Command(signIn(COORDINATOR_RND),
                applicantsRequest, null));

        assertThat(cpms.panels().get(pendingInvitation).isMember(signIn(HP_PARIS).id())).isTrue();
        assertThat(cpms.panels().get(awaitingReview).outcome().orElseThrow().reviews()).hasSize(2);
        assertThat(cpms.panels().get(draft.id()).state()).isEqualTo(PanelState.PANEL_SELECTION);
        assertThat(signIn(APPLICANT_MADRID).has(Role.HEALTH_PROFESSIONAL)).isTrue();
    }

    @Test
    void the_panels_show_every_step_of_a_consultation() {
        var panels = cpms.panels().all();
        var invitations = panels.stream().flatMap(p -> p.invitations().stream()).map(Invitation::status).toList();
        var dataRequests = panels.stream().flatMap(p -> p.dataRequests().stream()).map(DataRequest::isAnswered).toList();
        var contributionComments = panels.stream().flatMap(p -> p.contributions().stream())
                .flatMap(c -> c.comments().stream()).toList();
        var outcomes = panels.stream().flatMap(p -> p.outcome().stream()).toList();
        var steps = panels.stream().flatMap(p -> p.history().stream()).map(t -> t.from() + "->" + t.to()).toList();
        var chat = panels.stream().flatMap(p -> cpms.chat().latest(p.id(), 10).stream()).toList();

        assertThat(invitations).contains(InvitationStatus.PENDING, InvitationStatus.ACCEPTED, InvitationStatus.DECLINED);
        assertThat(panels.stream().flatMap(p -> p.comments().stream())).isNotEmpty();
        assertThat(dataRequests).contains(true, false);
        assertThat(contributionComments).isNotEmpty();
        assertThat(panels.stream().flatMap(p -> p.meetings().stream())).hasSize(1);
        assertThat(outcomes).extracting(Outcome::isFinal).contains(true, false);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.reviews()).isNotEmpty());
        assertThat(steps).contains("SIGN_OFF->ASSESSMENT", "ASSESSMENT->PANEL_SELECTION");
        assertThat(panels).filteredOn(p -> !p.forwardings().isEmpty()).singleElement()
                .satisfies(p -> assertThat(p.leadErn()).isEqualTo(Ern.ITHACA));
        assertThat(panels).filteredOn(p -> p.copiedFrom().isPresent()).singleElement()
                .satisfies(copy -> assertThat(cpms.panels().get(copy.copiedFrom().orElseThrow()).state())
                        .isEqualTo(PanelState.CLOSED));
        assertThat(panels).filteredOn(p -> p.usefulness().isPresent()).hasSize(2);
        assertThat(chat).hasSize(1);
    }

    @Test
    void the_centres_span_four_countries_and_more_and_every_network_has_disease_groups_and_members() {
        var members = TrainingDataSet.NETWORKS.stream().flatMap(ern -> cpms.providers().membersOf(ern).stream())
                .map(HealthcareProvider::id).distinct().map(cpms.providers()::get).toList();

        assertThat(members).hasSizeGreaterThanOrEqualTo(5);
        assertThat(members.stream().map(HealthcareProvider::country).distinct()).hasSizeGreaterThanOrEqualTo(4);
        for (Ern ern : TrainingDataSet.NETWORKS) {
            assertThat(cpms.networks().get(ern).diseaseGroups()).as(ern.code()).isNotEmpty();
            assertThat(cpms.providers().membersOf(ern)).as(ern.code()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(cpms.users().coordinatorsOf(ern)).as(ern.code()).hasSize(1);
        }
    }

    @Test
    void the_patients_are_obviously_synthetic_and_one_withdrew_a_consent() {
        var patients = cpms.patients().page(0, 500);

        assertThat(patients).hasSize(20).allSatisfy(p -> {
            assertThat(TrainingDataSet.FAMILY_NAMES).contains(p.identifyingData().familyName());
            assertThat(TrainingDataSet.GIVEN_NAMES).contains(p.identifyingData().givenName());
            assertThat(p.identifyingData().hospitalIdentifier().value()).matches("TRN-\\d{6}");
        });
        assertThat(patients).extracting(p -> p.identifyingData().dateOfBirth()).doesNotHaveDuplicates();
        assertThat(patients).flatExtracting(p -> cpms.consents().ofPatient(p.id())).filteredOn(Consent::isWithdrawn)
                .singleElement().satisfies(withdrawn -> {
                    assertThat(withdrawn.kind()).isEqualTo(ConsentKind.SHARING_WITHIN_ERN);
                    assertThat(withdrawn.patient()).isEqualTo(patient("Echo").id());
                });
    }

    @Test
    void no_panel_carries_identifying_data_of_a_training_patient() {
        var planted = new ArrayList<String>();
        for (Patient p : cpms.patients().page(0, 500)) {
            var data = p.identifyingData();
            planted.addAll(List.of(data.familyName(), data.hospitalIdentifier().value(), data.dateOfBirth().toString()));
        }
        var givenNames = Pattern.compile("\\b(" + String.join("|", TrainingDataSet.GIVEN_NAMES) + ")\\b");

        for (PanelSnapshot panel : snapshots()) {
            assertThat(panel.toString()).doesNotContain(planted.toArray(String[]::new)).doesNotContainPattern(givenNames);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Actor signIn(String username) {
        return cpms.useCase(SignIn.class).handle(new SignIn.Command(TrainingDataSet.subjectOf(username))).asActor();
    }

    private Patient patient(String givenName) {
        return cpms.patients().page(0, 500).stream().filter(p -> p.identifyingData().givenName().equals(givenName))
                .findFirst().orElseThrow();
    }

    private static ProviderId centreOf(Actor healthProfessional) {
        return healthProfessional.grants().stream().filter(g -> g.role() == Role.HEALTH_PROFESSIONAL)
                .map(RoleGrant::centre).findFirst().orElseThrow();
    }

    private List<PendingAccessRequest> pendingIn(Ern ern, String coordinator) {
        return cpms.useCase(ListPendingAccessRequests.class).handle(new ListPendingAccessRequests.Query(signIn(coordinator), ern));
    }

    private PanelId panelInState(PanelState state) {
        return cpms.panels().all().stream().filter(p -> p.state() == state).map(Panel::id).findFirst().orElseThrow();
    }

    /** The whole audit trail, read a page at a time. */
    private List<AuditEntry> auditTrail() {
        var all = new ArrayList<AuditEntry>();
        List<AuditEntry> page;
        do {
            page = cpms.auditTrail().page(all.size(), 500);
            all.addAll(page);
        } while (page.size() == 500);
        return all;
    }

    private List<PanelSnapshot> snapshots() {
        return cpms.panels().all().stream().map(Panel::snapshot).toList();
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
