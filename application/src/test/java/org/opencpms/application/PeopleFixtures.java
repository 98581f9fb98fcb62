package org.opencpms.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.user.IdentifyCaller;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.memory.InMemoryAccessRequests;
import org.opencpms.application.memory.InMemoryAuditTrail;
import org.opencpms.application.memory.InMemoryConsents;
import org.opencpms.application.memory.InMemoryDomainEvents;
import org.opencpms.application.memory.InMemoryHealthcareProviders;
import org.opencpms.application.memory.InMemoryNetworks;
import org.opencpms.application.memory.InMemoryPatients;
import org.opencpms.application.memory.InMemoryResearchCohort;
import org.opencpms.application.memory.InMemoryUsers;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

/**
 * A small world for the tests of the "people" use cases: a fixed clock, the in-memory ports, an
 * audit trail to inspect, and builders for centres, users and enrolled patients. One per test.
 */
public final class PeopleFixtures {

    /** 14 March 2025, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    /** Turns 15 tomorrow: 14 years old today. */
    public static final LocalDate BORN = LocalDate.of(2010, 3, 15);
    public static final Ern ERN = Ern.ERKNET;
    public static final Ern OTHER_ERN = Ern.RND;

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TestPanels testPanels = new TestPanels();
    public final Panels panels = testPanels;
    public final InMemoryAuditTrail trail = new InMemoryAuditTrail(testPanels::all);
    public final Auditing auditing = new Auditing(trail, CallerOrigin.embedded(), clock);
    public final InMemoryDomainEvents events = new InMemoryDomainEvents();
    public final InMemoryPatients patients = new InMemoryPatients();
    public final InMemoryConsents consents = new InMemoryConsents();
    public final InMemoryResearchCohort cohort = new InMemoryResearchCohort(consents::all, testPanels::all);
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryHealthcareProviders providers = new InMemoryHealthcareProviders();
    public final InMemoryNetworks networks = new InMemoryNetworks();
    public final InMemoryAccessRequests accessRequests = new InMemoryAccessRequests();
    public final AccessPolicy strict = AccessPolicy.strict();

    private int people;

    // ------------------------------------------------------------------ centres and people

    /** A centre in Germany, a full member of the ERNs given. */
    public ProviderId centre(Ern... memberOf) {
        return centreIn(Country.of("DE"), memberOf);
    }

    public ProviderId centreIn(Country country, Ern... memberOf) {
        var memberships = new LinkedHashMap<Ern, MembershipType>();
        for (Ern ern : memberOf) {
            memberships.put(ern, MembershipType.FULL_MEMBER);
        }
        var provider = HealthcareProvider.restore(ProviderId.random(), "Centre " + country, country, memberships, 0);
        providers.save(provider);
        return provider.id();
    }

    /** A stored user holding the grants given, as an actor. */
    public Actor person(RoleGrant... grants) {
        people++;
        var user = User.restore(UserId.random(), new Subject("https://login.example.eu", "subject-" + people),
                "Person " + people, EmailAddress.of("person" + people + "@example.eu"), Country.of("DE"),
                Set.of(grants), Map.of(), 0);
        users.save(user);
        return user.asActor();
    }

    public Actor hp(ProviderId centre) {
        return person(RoleGrant.healthProfessional(ERN, centre));
    }

    public Actor assistantOf(Actor hp, ProviderId centre) {
        return person(RoleGrant.centreAssistant(centre, hp.id()));
    }

    public Actor coordinator(Ern ern, ProviderId centre) {
        return person(RoleGrant.coordinator(ern, centre));
    }

    /** The identity {@link #operators} names as the platform operator. */
    public static final Subject OPERATOR = new Subject("https://login.example.eu", "platform-operator");
    public final PlatformOperators operators = PlatformOperators.of(OPERATOR);

    /** The platform operator as it signs in: the operator capability alone, not a stored user. */
    public Actor operator() {
        return new IdentifyCaller(users, operators).handle(new IdentifyCaller.Query(OPERATOR)).orElseThrow().asActor();
    }

    /** The user as stored now. */
    public User stored(UserId user) {
        return users.get(user);
    }

    // ------------------------------------------------------------------ patients

    public static IdentifyingData identifying(String hospitalIdentifier) {
        return new IdentifyingData("Anna", "Muster", BORN, Sex.FEMALE, new HospitalIdentifier(hospitalIdentifier),
                new NationalIdentifier(Country.of("DE"), "12 345 678 X"));
    }

    public static GivenConsent given(ConsentKind kind) {
        return new GivenConsent(kind, TODAY, new ConsentForm("v2", "de"), null);
    }

    public EnrolPatient enrolPatient() {
        return new EnrolPatient(patients, consents, events, auditing, clock, new Random(42));
    }

    /** Enrols a patient for {@code hp} at the centre, with consent for care and for sharing within the ERN. */
    public PatientId enrol(Actor by, ProviderId centre, UserId enrollingHp, String hospitalIdentifier,
                           ConsentKind... moreConsents) {
        var given = new ArrayList<GivenConsent>(List.of(given(ConsentKind.CARE), given(ConsentKind.SHARING_WITHIN_ERN)));
        for (ConsentKind kind : moreConsents) {
            given.add(given(kind));
        }
        return enrolPatient().handle(new EnrolPatient.Command(by, centre, enrollingHp, identifying(hospitalIdentifier),
                given)).patient();
    }

    public PatientId enrol(Actor hp, ProviderId centre, String hospitalIdentifier, ConsentKind... moreConsents) {
        return enrol(hp, centre, hp.id(), hospitalIdentifier, moreConsents);
    }

    // ------------------------------------------------------------------ panels

    /** A draft panel of the patient, led by {@code lead} in the lead ERN, with the form given. */
    public Panel draftPanel(PatientId patient, Actor lead, Ern leadErn, ConsultationForm form) {
        var centre = patients.get(patient).centre();
        var panel = Panel.draft(PanelId.random(), patient, centre, leadErn, lead, form,
                new PatientConsents(patient, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)), NOW);
        panels.save(panel);
        return panel;
    }

    // ------------------------------------------------------------------ audit

    public List<AuditEntry> audit() {
        return trail.page(0, 500);
    }

    public AuditEntry lastAudit() {
        var all = audit();
        return all.get(all.size() - 1);
    }

    /** A minimal Panels for these tests: stores snapshots; InMemoryPanels is the other side's work. */
    private static final class TestPanels implements Panels {

        private final Map<PanelId, PanelSnapshot> stored = new LinkedHashMap<>();

        @Override
        public Optional<Panel> find(PanelId id) {
            return Optional.ofNullable(stored.get(id)).map(Panel::restore);
        }

        @Override
        public void save(Panel panel) {
            stored.put(panel.id(), panel.snapshot());
        }

        @Override
        public List<Panel> ofPatient(PatientId patient) {
            return stored.values().stream().filter(s -> s.patient().equals(patient)).map(Panel::restore).toList();
        }

        List<Panel> all() {
            return stored.values().stream().map(Panel::restore).toList();
        }

        @Override
        public List<Panel> involving(UserId user, int offset, int limit) {
            return stored.values().stream().map(Panel::restore).filter(p -> p.isParticipant(user))
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit) {
            return stored.values().stream().map(Panel::restore).filter(p -> p.isParticipant(user))
                    .filter(p -> after.map(position -> position.precedes(p)).orElse(true))
                    .sorted(Comparator.comparing(PanelCursor::of, PanelCursor.LIST_ORDER)).limit(limit).toList();
        }
    }
}
