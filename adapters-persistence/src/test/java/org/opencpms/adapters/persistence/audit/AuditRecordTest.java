package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class AuditRecordTest {

    private static final UUID ACTOR = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID PATIENT = UUID.fromString("66666666-7777-8888-9999-000000000000");
    private static final Instant AT = Instant.parse("2025-01-02T03:04:05.678901Z");

    private static AuditRecord record(String resourceType, String resourceId) {
        return AuditRecord.append(0, 7, new AuditEntry(AT, new UserId(ACTOR), AuditAction.READ, resourceType, resourceId,
                new PatientId(PATIENT), "fhir", "care"), AuditRecord.GENESIS);
    }

    @Test
    void the_hash_of_a_known_record_never_changes_so_stored_chains_stay_verifiable() {
        assertThat(record("Panel", "p-1").hash()).isEqualTo(KNOWN_HASH);
    }

    private static final String KNOWN_HASH = "28d7327e292e2ff74a92da02cd348ab5049c89aea57ace509c478ab2b3df15bb";

    @Test
    void a_record_of_another_chain_than_0_is_hashed_with_its_chain_number_in_a_format_that_never_changes() {
        var inChain3 = AuditRecord.append(3, 7, new AuditEntry(AT, new UserId(ACTOR), AuditAction.READ, "Panel", "p-1",
                new PatientId(PATIENT), "fhir", "care"), AuditRecord.GENESIS);

        assertThat(inChain3.hash()).isEqualTo("7095b9e9c464881af9ac1561467ca212b10021b51fb3a8ddd80f018123b042f5");
        assertThat(new AuditRecord(4, 7, inChain3.at(), inChain3.actor(), inChain3.action(), inChain3.resourceType(),
                inChain3.resourceId(), inChain3.patient(), inChain3.origin(), inChain3.purpose(), inChain3.previousHash(),
                inChain3.hash()).intact()).as("moved to chain 4").isFalse();
        assertThat(new AuditRecord(0, 7, inChain3.at(), inChain3.actor(), inChain3.action(), inChain3.resourceType(),
                inChain3.resourceId(), inChain3.patient(), inChain3.origin(), inChain3.purpose(), inChain3.previousHash(),
                inChain3.hash()).intact()).as("moved to chain 0").isFalse();
    }

    @Test
    void moving_characters_from_one_field_to_the_next_changes_the_hash() {
        assertThat(record("Panel", "p-1").hash()).isNotEqualTo(record("Panelp", "-1").hash());
    }

    @Test
    void every_field_and_the_previous_hash_enter_the_hash() {
        var base = record("Panel", "p-1");
        var others = List.of(
                new AuditRecord(0, 8, base.at(), base.actor(), base.action(), base.resourceType(), base.resourceId(), base.patient(),
                        base.origin(), base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at().plusNanos(1_000), base.actor(), base.action(), base.resourceType(), base.resourceId(),
                        base.patient(), base.origin(), base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), null, base.action(), base.resourceType(), base.resourceId(), base.patient(),
                        base.origin(), base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), base.actor(), "UPDATE", base.resourceType(), base.resourceId(), base.patient(),
                        base.origin(), base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), base.actor(), base.action(), base.resourceType(), base.resourceId(), null,
                        base.origin(), base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), base.actor(), base.action(), base.resourceType(), base.resourceId(), base.patient(),
                        "rest", base.purpose(), base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), base.actor(), base.action(), base.resourceType(), base.resourceId(), base.patient(),
                        base.origin(), "", base.previousHash(), null),
                new AuditRecord(0, 7, base.at(), base.actor(), base.action(), base.resourceType(), base.resourceId(), base.patient(),
                        base.origin(), base.purpose(), "f".repeat(64), null));

        assertThat(others).extracting(AuditRecord::computedHash).doesNotContain(base.hash()).doesNotHaveDuplicates();
    }

    @Test
    void an_absent_actor_differs_from_an_actor_whose_id_is_written_out() {
        var withActor = record("Panel", "p-1");
        var withoutActor = new AuditRecord(0, 7, AT, null, "READ", "Panel", "p-1", PATIENT, "fhir", "care", AuditRecord.GENESIS, null);

        assertThat(withoutActor.computedHash()).isNotEqualTo(withActor.hash());
    }

    @Test
    void the_time_is_kept_to_the_microsecond() {
        var entry = new AuditEntry(Instant.parse("2025-01-02T03:04:05.123456789Z"), null, AuditAction.LOGIN, "User", "u", null,
                null, null);

        assertThat(AuditRecord.append(0, 1, entry, AuditRecord.GENESIS).at()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123456Z"));
    }

    @Test
    void a_record_holds_the_hash_of_its_fields_and_gives_back_its_entry() {
        var entry = new AuditEntry(AT, new UserId(ACTOR), AuditAction.EXPORT, "Patient", "x", new PatientId(PATIENT), "rest", "gdpr");

        var appended = AuditRecord.append(0, 3, entry, "a".repeat(64));

        assertThat(appended.intact()).isTrue();
        assertThat(appended.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(appended.withHash("b".repeat(64)).intact()).isFalse();
        assertThat(appended.toEntry()).isEqualTo(entry);
        assertThat(AuditRecord.GENESIS).isEqualTo("0".repeat(64));
    }
}
