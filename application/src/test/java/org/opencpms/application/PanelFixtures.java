package org.opencpms.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.memory.InMemoryAuditTrail;
import org.opencpms.application.memory.InMemoryChatMessages;
import org.opencpms.application.memory.InMemoryConsents;
import org.opencpms.application.memory.InMemoryDomainEvents;
import org.opencpms.application.memory.InMemoryErnConfigurations;
import org.opencpms.application.memory.InMemoryImageArchive;
import org.opencpms.application.memory.InMemoryNotifications;
import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.application.memory.InMemoryPatients;
import org.opencpms.application.memory.InMemoryUsers;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.Enrolment;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

/**
 * A small world for the tests of the panel side: a fixed clock, the in-memory ports, a centre with
 * an enrolling health professional (the {@link #lead}) and their patient whose identifying data is
 * planted so that tests can prove no panel output carries it, and builders that move panels along
 * their lifecycle through the domain (dropping the events, so that only a use case's events are seen).
 */
public final class PanelFixtures {

    /** 14 March 2025, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    public static final Ern ERN = Ern.ERKNET;
    public static final Ern OTHER_ERN = Ern.RND;

    public static final String GIVEN_NAME = "Wilhelmina";
    public static final String FAMILY_NAME = "Zwanenburg";
    /** 37 years old today. */
    public static final LocalDate BORN = LocalDate.of(1987, 6, 5);
    public static final String HOSPITAL_ID = "HOSP-778899";
    public static final String NATIONAL_ID = "NAT-5566-4433";
    /** What no panel output may ever contain. */
    public static final List<String> PLANTED = List.of(GIVEN_NAME, FAMILY_NAME, BORN.toString(), HOSPITAL_ID, NATIONAL_ID);

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    public final Auditing auditing = new Auditing(trail, CallerOrigin.embedded(), clock);
    public final InMemoryDomainEvents events = new InMemoryDomainEvents();
    public final InMemoryPatients patients = new InMemoryPatients();
    public final InMemoryConsents consents = new InMemoryConsents();
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryPanels panels = new InMemoryPanels();
    public final InMemoryErnConfigurations configurations = new InMemoryErnConfigurations();
    public final InMemoryImageArchive archive = new InMemoryImageArchive();
    public final InMemoryChatMessages chat = new InMemoryChatMessages();
    public final InMemoryNotifications notifications = new InMemoryNotifications();
    public final AccessPolicy policy = AccessPolicy.strict();

    public final ProviderId centre = ProviderId.random();
    public final ProviderId otherCentre = ProviderId.random();
    /** A health professional of {@link #centre} in {@link #ERN}: enrols {@link #patient} and leads the panels. */
    public final Actor lead;
    /** Enrolled by the lead, consenting to care and to sharing within the ERN. */
    public final PatientId patient;

    private int people;

    public PanelFixtures() {
        lead = person(RoleGrant.healthProfessional(ERN, centre));
        patient = enrol(lead, centre, "brave-okapi-0427", HOSPITAL_ID);
    }

    // ------------------------------------------------------------------ people

    /** A stored user holding the grants given, with default notification channels, as an actor. */
    public Actor person(RoleGrant... grants) {
        return person(Map.of(), grants);
    }

    /** A stored user holding the grants given and the notification channels chosen, as an actor. */
    public Actor person(Map<NotificationKind, NotificationChannel> channels, RoleGrant... grants) {
        people++;
        var user = User.restore(UserId.random(), new Subject("https://login.example.eu", "subject-" + people),
                "Doctor " + people, EmailAddress.of("doctor" + people + "@example.eu"), Country.of("NL"),
                Set.of(grants), channels, 0);
        users.save(user);
        return user.asActor();
    }

    /** A health professional of another centre, in the ERN given. */
    public Actor expert(Ern ern) {
        return person(RoleGrant.healthProfessional(ern, otherCentre));
    }

    // ------------------------------------------------------------------ patients

    /** Enrols a patient with the planted identity (but this hospital identifier), with care and sharing consent. */
    public PatientId enrol(Actor hp, ProviderId at, String nickname, String hospitalIdentifier) {
        var identity = new IdentifyingData(GIVEN_NAME, FAMILY_NAME, BORN, Sex.FEMALE,
                new HospitalIdentifier(hospitalIdentifier), new NationalIdentifier(Country.of("NL"), NATIONAL_ID));
        var newPatient = new NewPatient(PatientId.random(), Pseudonym.of(new Nickname(nickname)), identity, at, hp.id(),
                TODAY.minusYears(1));
        var enrolment = Enrolment.enrol(newPatient, List.of(given(ConsentKind.CARE), given(ConsentKind.SHARING_WITHIN_ERN)),
                hp, NOW.minus(Duration.ofDays(365)));
        patients.save(enrolment.patient());
        enrolment.consents().forEach(consents::save);
        return newPatient.id();
    }

    private static GivenConsent given(ConsentKind kind) {
        return new GivenConsent(kind, TODAY.minusYears(1), new ConsentForm("v1", "en"), null);
    }

    public PatientConsents consentsOf(PatientId of) {
        return PatientConsents.of(of, consents.ofPatient(of), NOW);
    }

    // ------------------------------------------------------------------ panels

    /** A form with a reason and a clinical question: enough to submit. */
    public static ConsultationForm completeForm() {
        return new ConsultationForm("Unexplained proteinuria since early childhood", "Which genetic work-up is indicated?",
                false, List.of(new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Onset at age 4, slowly progressive")),
                null, null, null, null, null);
    }

    /** A stored draft of {@link #patient}, led by {@link #lead} in {@link #ERN}, with a complete form. */
    public PanelId draft() {
        var panel = Panel.draft(PanelId.random(), patient, centre, ERN, lead, completeForm(), consentsOf(patient),
                NOW.minus(Duration.ofDays(30)));
        panels.save(panel);
        return panel.id();
    }

    /** A submitted panel: experts can be invited. */
    public PanelId inSelection() {
        var id = draft();
        change(id, p -> p.submit(lead, consentsOf(patient), ErnConfiguration.defaultFor(ERN), NOW.minus(Duration.ofDays(29))));
        return id;
    }

    /** Invites the expert (by the lead); they have not answered. */
    public void invite(PanelId id, Actor expert) {
        change(id, p -> p.invite(expert, lead, NOW.minus(Duration.ofDays(28))));
    }

    /** Invites the experts, who accept and become members. */
    public void join(PanelId id, Actor... experts) {
        for (Actor expert : experts) {
            invite(id, expert);
            change(id, p -> p.accept(expert, NOW.minus(Duration.ofDays(27))));
        }
    }

    /** A panel in ASSESSMENT with these members. */
    public PanelId inAssessment(Actor... members) {
        var id = inSelection();
        join(id, members);
        change(id, p -> p.startAssessment(lead, NOW.minus(Duration.ofDays(26))));
        return id;
    }

    /** A panel in SIGN_OFF with these members, each of whom (and the lead) contributed. */
    public PanelId inSignOff(Actor... members) {
        var id = inAssessment(members);
        change(id, p -> p.contribute(lead, "Likely Alport syndrome", NOW.minus(Duration.ofDays(25))));
        for (Actor member : members) {
            change(id, p -> p.contribute(member, "Agree; test COL4A5", NOW.minus(Duration.ofDays(25))));
        }
        change(id, p -> p.startSignOff(lead, NOW.minus(Duration.ofDays(24))));
        return id;
    }

    /** A panel in SIGN_OFF whose outcome the lead drafted. */
    public PanelId withOutcomeDraft(Actor... members) {
        var id = inSignOff(members);
        change(id, p -> p.draftOutcome(lead, "Alport syndrome", "Genetic testing", "ACE inhibitor",
                NOW.minus(Duration.ofDays(23))));
        return id;
    }

    /** A CLOSED panel. */
    public PanelId closed(Actor... members) {
        var id = withOutcomeDraft(members);
        change(id, p -> p.finaliseOutcome(lead, NOW.minus(Duration.ofDays(22))));
        change(id, p -> p.close(lead, ErnConfiguration.defaultFor(ERN), NOW.minus(Duration.ofDays(22))));
        return id;
    }

    /** Changes the stored panel through the domain and saves it; its events are dropped. */
    public void change(PanelId id, Consumer<Panel> change) {
        var panel = panels.get(id);
        change.accept(panel);
        panel.pullEvents();
        panels.save(panel);
    }

    public Panel stored(PanelId id) {
        return panels.get(id);
    }

    public long version(PanelId id) {
        return panels.get(id).version();
    }

    // ------------------------------------------------------------------ audit

    public List<AuditEntry> audit() {
        return trail.page(0, 500);
    }

    public AuditEntry lastAudit() {
        var all = audit();
        return all.get(all.size() - 1);
    }

    /** The last audit entry is {@code action} by {@code actor} on the panel, concerning {@link #patient}. */
    public void assertAudited(AuditAction action, Actor actor, PanelId panel) {
        var entry = lastAudit();
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.actor()).isEqualTo(actor.id());
        assertThat(entry.resourceType()).isEqualTo("Panel");
        assertThat(entry.resourceId()).isEqualTo(panel.toString());
        assertThat(entry.patient()).isEqualTo(patient);
    }

    /** The call fails with a domain exception of this code. */
    public static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
