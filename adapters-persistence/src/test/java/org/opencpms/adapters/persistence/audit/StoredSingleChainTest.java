package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.StoredFormats;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.ChainHead;
import org.opencpms.domain.audit.TrailHead;

/**
 * The single chain a deployment stored before the trail had several (schema V40 to V59, fixture
 * {@code schema-59/audit/single-chain.json}) is chain 0 after the upgrade: it verifies, reads back, and goes on.
 */
class StoredSingleChainTest {

    private static final JsonObject STORED = Json.createReader(new StringReader(StoredFormats.in("schema-59/audit")
            .get("single-chain"))).readObject();

    @ParameterizedTest
    @EnumSource(JpaTestDatabase.Engine.class)
    void the_chain_stored_before_verifies_as_chain_0_reads_back_and_is_appended_to(JpaTestDatabase.Engine engine) {
        String storedHead = STORED.getJsonObject("head").getString("last_hash");
        try (var database = JpaTestDatabase.upgradedFrom(engine, "59", StoredSingleChainTest::store)) {
            var trail = new JpaAuditTrail(database.entityManager());

            var verification = database.inTransaction(() -> trail.verify());
            assertThat(verification.intact()).as(verification.toString()).isTrue();
            assertThat(verification.upTo()).isEqualTo(TrailHead.single(new ChainHead(3, storedHead)));
            var read = database.inTransaction(() -> trail.page(0, 10));
            assertThat(read).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.LOGIN, AuditAction.CREATE, AuditAction.READ);
            assertThat(read.get(2).purpose()).isEqualTo("care – Übersicht");

            database.inTransaction(() -> trail.record(new AuditEntry(Instant.parse("2026-12-07T10:00:00Z"), null,
                    AuditAction.READ, "Panel", "panel-7", null, "rest", "care")));

            var after = new AuditTables(database.dataSource()).all();
            assertThat(after).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(after.get(3).previousHash()).isEqualTo(storedHead);
            assertThat(database.inTransaction(() -> trail.verify()).intact()).isTrue();
        }
    }

    private static void store(DataSource dataSource) {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement(
                "INSERT INTO audit_entry (seq, occurred_at, actor_id, action, resource_type, resource_id, patient_id, origin,"
                        + " purpose, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             var head = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            for (var value : STORED.getJsonArray("records")) {
                var row = value.asJsonObject();
                insert.setLong(1, row.getJsonNumber("seq").longValue());
                insert.setObject(2, Instant.parse(row.getString("occurred_at")).atOffset(ZoneOffset.UTC));
                insert.setObject(3, row.isNull("actor_id") ? null : UUID.fromString(row.getString("actor_id")));
                insert.setString(4, row.getString("action"));
                insert.setString(5, row.getString("resource_type"));
                insert.setString(6, row.getString("resource_id"));
                insert.setObject(7, row.isNull("patient_id") ? null : UUID.fromString(row.getString("patient_id")));
                insert.setString(8, row.getString("origin"));
                insert.setString(9, row.getString("purpose"));
                insert.setString(10, row.getString("previous_hash"));
                insert.setString(11, row.getString("hash"));
                insert.executeUpdate();
            }
            head.setLong(1, STORED.getJsonObject("head").getJsonNumber("last_seq").longValue());
            head.setString(2, STORED.getJsonObject("head").getString("last_hash"));
            head.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
