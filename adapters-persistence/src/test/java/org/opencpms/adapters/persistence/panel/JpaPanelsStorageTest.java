package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.JpaTestDatabase.Engine;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PatientId;

/** How {@link JpaPanels} lays panels out in the database, on both engines. */
class JpaPanelsStorageTest {

    /** PostgreSQL and H2 keep times to the microsecond. */
    private static final TemporalUnitOffset MICROSECOND = within(1, ChronoUnit.MICROS);

    private static final List<String> PANEL_TABLES = List.of("panel", "panel_participant");

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

    private static void save(Engine engine, Panel panel) {
        var database = DATABASES.get(engine);
        database.inTransaction(() -> new JpaPanels(database.entityManager()).save(panel));
    }

    private static Connection connection(Engine engine) throws SQLException {
        return DATABASES.get(engine).dataSource().getConnection();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void the_columns_are_the_panels_own_values_and_the_row_version_is_one_ahead(Engine engine) throws SQLException {
        Panel panel = PanelStories.everyKindOfChange();
        save(engine, panel);

        try (var c = connection(engine); var s = c.prepareStatement("SELECT * FROM panel WHERE id = ?")) {
            s.setObject(1, panel.id().value());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject("patient_id", UUID.class)).isEqualTo(panel.patient().value());
                assertThat(row.getObject("patient_centre_id", UUID.class)).isEqualTo(panel.patientCentre().value());
                assertThat(row.getString("lead_ern")).isEqualTo("RND");
                assertThat(row.getObject("lead_id", UUID.class)).isEqualTo(panel.lead().value());
                assertThat(row.getString("state")).isEqualTo("ARCHIVED");
                assertThat(row.getBoolean("urgent")).isTrue();
                assertThat(instant(row, "drafted_at")).isCloseTo(panel.draftedAt(), MICROSECOND);
                assertThat(instant(row, "opened_at")).isCloseTo(panel.openedAt().orElseThrow(), MICROSECOND);
                assertThat(instant(row, "outcome_finalised_at")).isCloseTo(panel.outcomeFinalisedAt().orElseThrow(), MICROSECOND);
                assertThat(instant(row, "deadline")).isCloseTo(panel.deadline().orElseThrow(), MICROSECOND);
                assertThat(row.getInt("usefulness")).isEqualTo(4);
                assertThat(row.getLong("version")).isEqualTo(1);
                assertThat(PanelDocument.fromJson(row.getString("document"), 0)).isEqualTo(panel.snapshot());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void the_participants_table_lists_the_lead_the_members_and_the_pending_invitees(Engine engine) throws SQLException {
        Panel panel = PanelStories.everyKindOfChange();
        save(engine, panel);

        Map<UUID, String> expected = new HashMap<>();
        panel.invitations().stream().filter(Invitation::isPending).forEach(i -> expected.put(i.invitee().value(), "INVITED"));
        panel.members().forEach(m -> expected.put(m.value(), "MEMBER"));
        expected.put(panel.lead().value(), "LEAD");
        assertThat(participants(engine, panel)).isEqualTo(expected)
                .doesNotContainKeys(panel.invitations().stream().filter(i -> i.status() == InvitationStatus.DECLINED)
                        .map(i -> i.invitee().value()).toArray(UUID[]::new))
                .containsValues("LEAD", "MEMBER", "INVITED");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_role_that_changes_updates_the_participants_row(Engine engine) throws SQLException {
        var lead = PanelStories.lead();
        var expert = PanelStories.expert();
        Panel panel = PanelStories.inSelection(lead, PanelStories.T0, List.of(), List.of(expert));
        save(engine, panel);
        assertThat(participants(engine, panel))
                .containsOnly(entry(lead.id().value(), "LEAD"), entry(expert.id().value(), "INVITED"));

        var database = DATABASES.get(engine);
        database.inTransaction(() -> {
            var panels = new JpaPanels(database.entityManager());
            Panel stored = panels.get(panel.id());
            stored.accept(expert, PanelStories.T0.plusSeconds(60));
            stored.handOver(expert, lead, PanelStories.T0.plusSeconds(120));
            panels.save(stored);
        });

        assertThat(participants(engine, panel))
                .containsOnly(entry(lead.id().value(), "MEMBER"), entry(expert.id().value(), "LEAD"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_panel_never_stored_cannot_be_saved_at_a_later_version(Engine engine) throws SQLException {
        PanelSnapshot s = PanelStories.draft(PatientId.random(), PanelStories.lead(), PanelStories.T0).snapshot();
        Panel phantom = Panel.restore(new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(),
                s.draftedBy(), s.draftedAt(), s.copiedFrom(), s.state(), s.form(), s.deadline(), s.history(), s.forwardings(),
                s.handovers(), s.invitations(), s.comments(), s.dataRequests(), s.contributions(), s.meetings(), s.outcome(),
                s.usefulness(), 3));

        assertThatThrownBy(() -> save(engine, phantom))
                .isInstanceOf(ConcurrentUpdate.class)
                .hasFieldOrPropertyWithValue("code", "panel.concurrent-update");
        assertThat(participants(engine, phantom)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void no_panel_table_refers_to_the_patients_identity(Engine engine) throws SQLException {
        try (var c = connection(engine)) {
            var meta = c.getMetaData();
            assertThat(columns(c, "patient_identity")).as("the identity table exists").isNotEmpty();
            List<String> referenced = new ArrayList<>();
            for (String table : PANEL_TABLES) {
                try (ResultSet keys = meta.getImportedKeys(null, null, table)) {
                    while (keys.next()) {
                        referenced.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertThat(referenced).containsOnly("panel");
            assertThat(columns(c, "panel")).containsExactlyInAnyOrder("id", "patient_id", "patient_centre_id", "lead_ern",
                    "lead_id", "state", "urgent", "drafted_at", "opened_at", "outcome_finalised_at", "usefulness", "deadline",
                    "document", "version");
            assertThat(columns(c, "panel_participant")).containsExactlyInAnyOrder("panel_id", "user_id", "role", "drafted_at");
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static Map<UUID, String> participants(Engine engine, Panel panel) throws SQLException {
        Map<UUID, String> roles = new HashMap<>();
        try (var c = connection(engine);
             var s = c.prepareStatement("SELECT user_id, role FROM panel_participant WHERE panel_id = ?")) {
            s.setObject(1, panel.id().value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    roles.put(rs.getObject("user_id", UUID.class), rs.getString("role"));
                }
            }
        }
        return roles;
    }

    private static java.time.Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
