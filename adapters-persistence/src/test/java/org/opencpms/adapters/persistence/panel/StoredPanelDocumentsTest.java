package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.StoredFormats;
import org.opencpms.domain.shared.PanelId;

/** Panel documents of every format stored so far read back, and rows stored before V43 are upgraded to the current envelope. */
class StoredPanelDocumentsTest {

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void every_stored_document_of_the_current_format_reads_back_to_a_panel_that_writes_the_same_document() {
        Map<String, String> documents = StoredFormats.in("panel/v" + PanelDocument.VERSION);

        assertThat(documents).isNotEmpty().allSatisfy((name, document) ->
                assertThat(json(PanelDocument.toJson(PanelDocument.fromJson(document, 0)))).as(name).isEqualTo(json(document)));
    }

    @ParameterizedTest
    @EnumSource(JpaTestDatabase.Engine.class)
    void panels_stored_before_v43_read_back_after_the_upgrade(JpaTestDatabase.Engine engine) {
        Map<String, String> before = StoredFormats.in("schema-41/panel");
        Map<String, String> now = StoredFormats.in("panel/v1");
        try (var database = JpaTestDatabase.upgradedFrom(engine, "41", dataSource -> insert(dataSource, before.values()))) {
            var panels = new JpaPanels(database.entityManager());

            assertThat(before).allSatisfy((name, document) -> {
                var id = new PanelId(UUID.fromString(json(document).getString("id")));
                var panel = database.inTransaction(() -> panels.find(id)).orElseThrow();
                assertThat(json(PanelDocument.toJson(panel.snapshot()))).as(name).isEqualTo(json(now.get(name)));
            });
        }
    }

    private static void insert(DataSource dataSource, Iterable<String> documents) {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement("INSERT INTO panel (id, patient_id,"
                + " patient_centre_id, lead_ern, lead_id, state, urgent, drafted_at, document, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (String document : documents) {
                JsonObject d = json(document);
                insert.setObject(1, UUID.fromString(d.getString("id")));
                insert.setObject(2, UUID.fromString(d.getString("patient")));
                insert.setObject(3, UUID.fromString(d.getString("patientCentre")));
                insert.setString(4, d.getString("leadErn"));
                insert.setObject(5, UUID.fromString(d.getString("lead")));
                insert.setString(6, d.getString("state"));
                insert.setBoolean(7, d.getJsonObject("form").getBoolean("urgent"));
                insert.setTimestamp(8, Timestamp.from(Instant.parse(d.getString("draftedAt"))));
                insert.setString(9, document);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
