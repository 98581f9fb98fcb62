package org.opencpms.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.StoredFormats;

/** Outbox rows a deployment stored before stable names (schema V41: the class name as type) are read back after the upgrade. */
class StoredOutboxRowsTest {

    @ParameterizedTest
    @EnumSource(JpaTestDatabase.Engine.class)
    void rows_stored_under_class_names_read_back_as_the_same_events_under_stable_names(JpaTestDatabase.Engine engine) {
        Map<String, String> rows = StoredFormats.in("schema-41/outbox");
        try (var database = JpaTestDatabase.upgradedFrom(engine, "41", dataSource -> insert(dataSource, rows))) {
            var pending = database.inTransaction(() -> new OutboxReader(database.entityManager()).pending(500));

            assertThat(pending).hasSize(rows.size()).allSatisfy(message -> {
                assertThat(message.version()).isEqualTo(1);
                assertThat(message.type()).isEqualTo(EventTypes.named(message.type()).name());
            });
            assertThat(pending.stream().map(OutboxMessage::event).toList())
                    .containsExactlyInAnyOrderElementsOf(StoredEventSamples.all());
        }
    }

    private static void insert(DataSource dataSource, Map<String, String> rows) {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement(
                "INSERT INTO outbox (id, occurred_at, event_type, payload) VALUES (?, ?, ?, ?)")) {
            long id = 1;
            for (var row : rows.entrySet()) {
                insert.setLong(1, id++);
                insert.setTimestamp(2, Timestamp.from(Instant.parse("2025-05-06T07:08:09.123456Z")));
                insert.setString(3, row.getKey());
                insert.setString(4, row.getValue());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
