package org.opencpms.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opencpms.application.accessrequest.ListPendingAccessRequests;
import org.opencpms.application.audit.ReadAuditTrail;
import org.opencpms.application.chat.PostChatMessage;
import org.opencpms.application.chat.ReadChat;
import org.opencpms.application.consent.ListConsents;
import org.opencpms.application.kpi.ReadKpis;
import org.opencpms.application.memory.InMemoryOpenCpms;
import org.opencpms.application.notification.ReadInbox;
import org.opencpms.application.panel.AcceptInvitation;
import org.opencpms.application.panel.CommentOnTimeline;
import org.opencpms.application.panel.InviteExpert;
import org.opencpms.application.panel.ListMyPanels;
import org.opencpms.application.panel.OpenPanel;
import org.opencpms.application.panel.SubmitPanel;
import org.opencpms.application.panel.ViewPanel;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.ExportPatientAuditTrail;
import org.opencpms.application.patient.ListCentrePatients;
import org.opencpms.application.patient.ViewPatient;
import org.opencpms.application.research.ExportResearchDataSet;
import org.opencpms.application.imaging.ListPanelStudies;
import org.opencpms.application.user.ViewUser;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
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
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;

/**
 * Whoever asks, with whatever grants, through every query of the application: in strict mode a
 * patient's identifying data (names, birth date, hospital and national identifiers) reaches the
 * enrolling HP and their assistant, and nobody else. Results are searched field by field, so a
 * redacting {@code toString()} cannot hide a leak.
 */
class IdentityNeverLeaksProperties {

    private static final String GIVEN = "Wilhelmina";
    private static final String FAMILY = "Quackenbush";
    private static final String HOSPITAL_ID = "CHA-7781-Q";
    private static final String NATIONAL_ID = "NAT-55-9911-XZ";
    private static final LocalDate BORN = LocalDate.of(2016, 9, 23);

    private static final Instant NOW = Instant.parse("2026-02-02T08:00:00Z");
    private static final ProviderId CENTRE = ProviderId.random();
    private static final ProviderId OTHER_CENTRE = ProviderId.random();
    private static final UserId HP = UserId.random();
    private static final UserId MEMBER = UserId.random();
    private static final UserId INVITEE = UserId.random();
    private static final UserId STRANGER = UserId.random();
    private static final World WORLD = new World();

    @Property(tries = 300)
    void in_strict_mode_only_the_enrolling_hp_and_their_assistant_ever_receive_identifying_data(@ForAll("actors") Actor actor) {
        boolean handler = actor.id().equals(HP) && actor.isHealthProfessionalAt(CENTRE) || actor.isAssistantOf(HP, CENTRE);

        List<String> received = WORLD.everythingSeenBy(actor);

        if (!handler) {
            assertThat(received).noneMatch(v -> v.contains(GIVEN) || v.contains(FAMILY) || v.contains(HOSPITAL_ID)
                    || v.contains(NATIONAL_ID) || v.equals(BORN.toString()));
        }
    }

    @Property(tries = 1)
    void the_enrolling_hp_does_receive_it_so_the_search_would_find_a_leak() {
        Actor hp = Actor.of(HP, RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));

        assertThat(WORLD.everythingSeenBy(hp)).contains(GIVEN, FAMILY, HOSPITAL_ID, NATIONAL_ID, BORN.toString());
    }

    @Provide
    Arbitrary<Actor> actors() {
        Arbitrary<Ern> erns = Arbitraries.of(Ern.ERKNET, Ern.ITHACA);
        Arbitrary<ProviderId> centres = Arbitraries.of(CENTRE, OTHER_CENTRE);
        Arbitrary<UserId> people = Arbitraries.of(HP, MEMBER, INVITEE, STRANGER);
        Arbitrary<RoleGrant> grants = Arbitraries.oneOf(List.of(
                Combinators.combine(erns, centres).as(RoleGrant::healthProfessional),
                Combinators.combine(erns, centres).as(RoleGrant::coordinator),
                Combinators.combine(erns, centres).as(RoleGrant::dispatcher),
                Combinators.combine(erns, centres).as(RoleGrant::panelManager),
                Combinators.combine(centres, people).as(RoleGrant::centreAssistant),
                erns.map(RoleGrant::researcher),
                erns.injectNull(0.5).map(RoleGrant::auditor),
                Arbitraries.just(RoleGrant.guestExpert(WORLD.panel))));
        return Combinators.combine(people, grants.set().ofMaxSize(3)).as(Actor::new);
    }

    /** One enrolled patient with planted identity, a panel with a member, an invitee and a chat. */
    private static final class World {
        final InMemoryOpenCpms cpms = InMemoryOpenCpms.create(Clock.fixed(NOW, ZoneOffset.UTC), IdentityVisibility.STRICT, new Random(3));
        final PatientId patient;
        final PanelId panel;

        World() {
            Actor hp = user(HP, RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));
            Actor member = user(MEMBER, RoleGrant.healthProfessional(Ern.ERKNET, OTHER_CENTRE));
            user(INVITEE, RoleGrant.healthProfessional(Ern.ITHACA, OTHER_CENTRE));
            user(STRANGER, RoleGrant.healthProfessional(Ern.ITHACA, CENTRE));
            LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
            var form = new ConsentForm("1.0", "en");
            patient = cpms.useCase(EnrolPatient.class).handle(new EnrolPatient.Command(hp, CENTRE, HP,
                    new IdentifyingData(GIVEN, FAMILY, BORN, Sex.FEMALE, new HospitalIdentifier(HOSPITAL_ID),
                            new NationalIdentifier(Country.of("DE"), NATIONAL_ID)),
                    List.of(new GivenConsent(ConsentKind.CARE, today, form, null),
                            new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, today, form, null),
                            new GivenConsent(ConsentKind.RESEARCH_CONTACT, today, form, null)))).patient();
            panel = cpms.useCase(OpenPanel.class).handle(new OpenPanel.Command(hp, patient, Ern.ERKNET,
                    new ConsultationForm("Nephrotic syndrome", "Genetic cause?", false, List.of(), List.of(), List.of(),
                            Map.of(), List.of(), Optional.empty()))).id();
            cpms.useCase(SubmitPanel.class).handle(new SubmitPanel.Command(hp, panel, null));
            cpms.useCase(InviteExpert.class).handle(new InviteExpert.Command(hp, panel, null, MEMBER));
            cpms.useCase(AcceptInvitation.class).handle(new AcceptInvitation.Command(member, panel, null));
            cpms.useCase(InviteExpert.class).handle(new InviteExpert.Command(hp, panel, null, INVITEE));
            cpms.useCase(CommentOnTimeline.class).handle(new CommentOnTimeline.Command(member, panel, null, "Which genes?"));
            cpms.useCase(PostChatMessage.class).handle(new PostChatMessage.Command(member, panel, "hello"));
        }

        private Actor user(UserId id, RoleGrant grant) {
            var user = User.restore(id, new Subject("https://idp.example.org", id.toString()), "Dr " + id.value().getLeastSignificantBits(),
                    new EmailAddress("u" + Math.abs(id.value().getLeastSignificantBits()) + "@example.org"), Country.of("DE"),
                    Set.of(grant), Map.of(), 0);
            cpms.users().save(user);
            return user.asActor();
        }

        synchronized List<String> everythingSeenBy(Actor actor) {
            var seen = new ArrayList<String>();
            List<Supplier<Object>> queries = List.of(
                    () -> cpms.useCase(ViewPatient.class).handle(new ViewPatient.Query(actor, patient)),
                    () -> cpms.useCase(ListCentrePatients.class).handle(new ListCentrePatients.Query(actor, CENTRE, null, 50)),
                    () -> cpms.useCase(ListConsents.class).handle(new ListConsents.Query(actor, patient)),
                    () -> cpms.useCase(ExportPatientAuditTrail.class).handle(new ExportPatientAuditTrail.Query(actor, patient)),
                    () -> cpms.useCase(ReadAuditTrail.class).handle(new ReadAuditTrail.Query(actor, 0, 500)),
                    () -> cpms.useCase(ViewPanel.class).handle(new ViewPanel.Query(actor, panel)),
                    () -> cpms.useCase(ListMyPanels.class).handle(new ListMyPanels.Query(actor, null, 50)),
                    () -> cpms.useCase(ReadChat.class).handle(new ReadChat.Query(actor, panel, null, 50)),
                    () -> cpms.useCase(ListPanelStudies.class).handle(new ListPanelStudies.Query(actor, panel)),
                    () -> cpms.useCase(ReadInbox.class).handle(new ReadInbox.Query(actor, false, 0, 50)),
                    () -> cpms.useCase(ExportResearchDataSet.class).handle(new ExportResearchDataSet.Query(actor)),
                    () -> cpms.useCase(ReadKpis.class).handle(new ReadKpis.Query(actor, Ern.ERKNET, null, null)),
                    () -> cpms.useCase(ListPendingAccessRequests.class).handle(new ListPendingAccessRequests.Query(actor, Ern.ERKNET)),
                    () -> cpms.useCase(ViewUser.class).handle(new ViewUser.Query(actor, actor.id())));
            for (Supplier<Object> query : queries) {
                try {
                    collect(query.get(), seen);
                } catch (DomainException refused) {
                    seen.add(refused.getMessage());
                }
            }
            return seen;
        }
    }

    /** Every string-like value reachable through records, collections, maps and optionals. */
    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    collect(accessor.invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.add(String.valueOf(value));
        }
    }
}
