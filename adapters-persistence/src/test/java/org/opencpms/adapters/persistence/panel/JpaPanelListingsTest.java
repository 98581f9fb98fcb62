package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencpms.adapters.persistence.panel.PanelStories.T0;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.JpaTestDatabase.Engine;
import org.opencpms.adapters.persistence.patient.IdentityCipher;
import org.opencpms.adapters.persistence.patient.JpaPatients;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelListing;
import org.opencpms.domain.panel.PanelListing.Involvement;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** "My panels" from the columns {@link JpaPanels} keeps, on both engines: the same panels as the panels themselves give. */
class JpaPanelListingsTest {

    private static final Map<Engine, JpaTestDatabase> DATABASES = new EnumMap<>(Engine.class);

    @BeforeAll
    static void start() {
        for (Engine engine : Engine.values()) {
            DATABASES.put(engine, JpaTestDatabase.create(engine));
        }
    }

    @AfterAll
    static void stop() {
        DATABASES.values().forEach(JpaTestDatabase::close);
    }

    private static <T> T inTransaction(Engine engine, Function<JpaTestDatabase, T> work) {
        var database = DATABASES.get(engine);
        return database.inTransaction(() -> work.apply(database));
    }

    /** Saves the panel and its patient, whose nickname is returned. */
    private static Nickname saved(Engine engine, Panel panel) {
        var nickname = new Nickname("listed-" + UUID.randomUUID());
        var patient = Patient.restore(new NewPatient(panel.patient(), Pseudonym.of(nickname),
                new IdentifyingData("Ada", "Listing", LocalDate.of(2001, 2, 3), Sex.FEMALE,
                        new HospitalIdentifier("L-" + UUID.randomUUID()), null),
                panel.patientCentre(), UserId.random(), LocalDate.of(2026, 1, 5)), 0);
        inTransaction(engine, db -> {
            new JpaPatients(db.entityManager(), new IdentityCipher(new byte[32])).save(patient);
            new JpaPanels(db.entityManager()).save(panel);
            return null;
        });
        return nickname;
    }

    private static List<PanelListing> listings(Engine engine, Actor user, Optional<PanelListing> after, int limit) {
        return inTransaction(engine, db -> new JpaPanelListings(db.entityManager())
                .involving(user.id(), after.map(PanelListing::position), limit));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_users_listings_are_the_panels_they_take_part_in_with_nickname_role_and_summary_deleted_ones_left_out(Engine engine) {
        var lead = PanelStories.lead();
        var member = PanelStories.expert();
        var invitee = PanelStories.expert();
        var older = PanelStories.inSelection(lead, T0, List.of(member), List.of(invitee));
        var olderNickname = saved(engine, older);
        var newer = PanelStories.draftIn(PanelStories.ERN, lead, T0.plus(Duration.ofHours(1)));
        var newerNickname = saved(engine, newer);
        var deleted = PanelStories.draftIn(PanelStories.ERN, lead, T0.plus(Duration.ofHours(2)));
        deleted.delete(lead, T0.plus(Duration.ofHours(3)));
        saved(engine, deleted);

        var ofLead = listings(engine, lead, Optional.empty(), 10);
        var panelsOfLead = inTransaction(engine, db -> new JpaPanels(db.entityManager()).involving(lead.id(), Optional.empty(), 10));

        assertThat(ofLead).extracting(PanelListing::id).containsExactlyElementsOf(panelsOfLead.stream().map(Panel::id).toList())
                .containsExactly(newer.id(), older.id());
        assertThat(ofLead.get(0)).isEqualTo(new PanelListing(newer.id(), ofLead.get(0).draftedAt(), newer.patient(),
                newerNickname, PanelStories.ERN, PanelState.DRAFT, true, newer.deadline(), Involvement.LEAD));
        assertThat(ofLead.get(1).nickname()).isEqualTo(olderNickname);
        assertThat(ofLead.get(1).state()).isEqualTo(PanelState.PANEL_SELECTION);
        assertThat(ofLead.get(1).urgent()).isFalse();
        assertThat(listings(engine, member, Optional.empty(), 10)).extracting(PanelListing::id, PanelListing::involvement)
                .containsExactly(tuple(older.id(), Involvement.MEMBER));
        assertThat(listings(engine, invitee, Optional.empty(), 10)).extracting(PanelListing::id, PanelListing::involvement)
                .containsExactly(tuple(older.id(), Involvement.INVITED));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listings_are_paged_after_a_position_in_the_lists_order(Engine engine) {
        var lead = PanelStories.lead();
        for (int i = 0; i < 3; i++) {
            saved(engine, PanelStories.draftIn(PanelStories.ERN, lead, T0.plus(Duration.ofMinutes(i))));
        }
        var all = listings(engine, lead, Optional.empty(), 10);

        var first = listings(engine, lead, Optional.empty(), 1);
        var rest = listings(engine, lead, Optional.of(first.get(0)), 10);

        assertThat(first).containsExactly(all.get(0));
        assertThat(rest).containsExactlyElementsOf(all.subList(1, 3));
    }
}
