package org.opencpms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The behaviour every {@link AuditTrail} shares. Each test starts from an empty trail; times carry
 * microseconds at most, the precision the database keeps.
 */
abstract class AuditTrailContract {

    static final Instant T0 = Instant.parse("2025-03-04T10:15:30.123456Z");

    protected abstract AuditTrail auditTrail();

    /** Runs the work in one transaction (committed when it returns); the in-memory trail just runs it. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    protected void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    static AuditEntry entry(int n, PatientId patient) {
        return new AuditEntry(T0.plusSeconds(n), new UserId(uuid(n)), AuditAction.READ, "Panel", "panel-" + n, patient,
                "10.0.0." + n, "purpose " + n);
    }

    static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private void recordEach(List<AuditEntry> entries) {
        entries.forEach(e -> inTransaction(() -> auditTrail().record(e)));
    }

    private List<AuditEntry> all() {
        return inTransaction(() -> auditTrail().page(0, 500));
    }

    @Test
    void entries_recorded_together_come_back_in_their_order_after_those_recorded_before() {
        var patient = PatientId.random();
        inTransaction(() -> auditTrail().record(entry(1, patient)));

        inTransaction(() -> auditTrail().recordAll(List.of(entry(2, patient), entry(3, null), entry(4, patient))));

        assertThat(all()).containsExactly(entry(1, patient), entry(2, patient), entry(3, null), entry(4, patient));
        assertThat(inTransaction(() -> auditTrail().concerning(patient)))
                .containsExactly(entry(1, patient), entry(2, patient), entry(4, patient));
    }

    @Test
    void recording_no_entries_together_records_nothing() {
        inTransaction(() -> auditTrail().recordAll(List.of()));

        assertThat(all()).isEmpty();
    }

    @Test
    void a_missing_entry_among_entries_recorded_together_is_refused_and_none_of_them_is_recorded() {
        var entries = new ArrayList<AuditEntry>(List.of(entry(1, null)));
        entries.add(null);

        assertThatThrownBy(() -> inTransaction(() -> auditTrail().recordAll(entries)))
                .isInstanceOf(DomainException.class);

        assertThat(all()).isEmpty();
    }

    @Test
    void every_field_of_an_entry_comes_back_as_it_was_recorded() {
        var full = new AuditEntry(T0, UserId.random(), AuditAction.ACCESS_DECISION, "Patient", "p-1", PatientId.random(),
                "fhir", "treatment of the patient");
        var bySystem = new AuditEntry(T0.plusNanos(1_000), null, AuditAction.EXPORT, "AuditTrail", "0+50", null, " ", "");

        recordEach(List.of(full, bySystem));

        assertThat(all()).containsExactly(full, bySystem);
        assertThat(all().get(1)).extracting(AuditEntry::origin, AuditEntry::purpose).containsExactly("unknown", "");
    }

    @Test
    void texts_with_any_characters_and_the_longest_allowed_lengths_come_back_unchanged() {
        var entry = new AuditEntry(T0, UserId.random(), AuditAction.UPDATE, "T".repeat(64), "é\"'\\;\n".repeat(21) + "xy",
                PatientId.random(), "ü".repeat(300), "ß".repeat(2000));

        recordEach(List.of(entry));

        assertThat(all()).containsExactly(entry);
    }

    @Test
    void an_empty_trail_has_an_empty_first_page() {
        assertThat(all()).isEmpty();
    }

    @Test
    void the_whole_trail_is_paged_in_the_order_of_recording() {
        var entries = IntStream.rangeClosed(1, 5).mapToObj(n -> entry(n, null)).toList();
        recordEach(entries);

        assertThat(all()).containsExactlyElementsOf(entries);
        assertThat(inTransaction(() -> auditTrail().page(1, 2))).containsExactly(entries.get(1), entries.get(2));
        assertThat(inTransaction(() -> auditTrail().page(4, 2))).containsExactly(entries.get(4));
        assertThat(inTransaction(() -> auditTrail().page(5, 2))).isEmpty();
    }

    @Test
    void a_page_of_the_entries_matching_the_criteria_holds_only_those_in_the_order_of_recording() {
        var patient = PatientId.random();
        var update = new AuditEntry(T0.plusSeconds(3), new UserId(uuid(3)), AuditAction.UPDATE, "Panel", "panel-3",
                patient, "rest", "");
        recordEach(List.of(entry(1, patient), entry(2, null), update, entry(4, patient), entry(5, PatientId.random())));

        assertThat(page(new AuditCriteria(patient, null, null, null, Set.of())))
                .containsExactly(entry(1, patient), update, entry(4, patient));
        assertThat(page(new AuditCriteria(null, T0.plusSeconds(2), T0.plusSeconds(4), null, Set.of())))
                .containsExactly(entry(2, null), update, entry(4, patient));
        assertThat(page(new AuditCriteria(null, null, null, new UserId(uuid(4)), Set.of())))
                .containsExactly(entry(4, patient));
        assertThat(page(new AuditCriteria(patient, null, null, null, Set.of(AuditAction.UPDATE, AuditAction.DELETE))))
                .containsExactly(update);
        assertThat(inTransaction(() -> auditTrail().page(new AuditCriteria(patient, null, null, null, Set.of()), 1, 1)))
                .containsExactly(update);
        assertThat(page(new AuditCriteria(patient, T0.plusSeconds(5), null, null, Set.of()))).isEmpty();
        assertThat(page(new AuditCriteria(null, null, null, null, Set.of(), "Panel", "panel-3"))).containsExactly(update);
        assertThat(page(new AuditCriteria(patient, null, null, null, Set.of(), "Panel", null)))
                .containsExactly(entry(1, patient), update, entry(4, patient));
        assertThat(page(new AuditCriteria(patient, null, null, null, Set.of(), "Patient", null))).isEmpty();
    }

    private List<AuditEntry> page(AuditCriteria criteria) {
        return inTransaction(() -> auditTrail().page(criteria, 0, 500));
    }

    @Test
    void the_order_is_that_of_recording_not_that_of_the_entries_times() {
        var later = entry(9, null);
        var earlier = entry(1, null);
        recordEach(List.of(later, earlier));

        assertThat(all()).containsExactly(later, earlier);
    }

    @Test
    void entries_recorded_in_one_transaction_keep_their_order() {
        var entries = IntStream.rangeClosed(1, 3).mapToObj(n -> entry(n, null)).toList();

        inTransaction(() -> entries.forEach(auditTrail()::record));

        assertThat(all()).containsExactlyElementsOf(entries);
    }

    @Test
    void a_page_must_start_at_a_non_negative_offset_and_hold_1_to_500_entries() {
        recordEach(List.of(entry(1, null)));

        assertThatThrownBy(() -> inTransaction(() -> auditTrail().page(-1, 10)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("offset.invalid");
        assertThatThrownBy(() -> inTransaction(() -> auditTrail().page(0, 0)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("limit.invalid");
        assertThatThrownBy(() -> inTransaction(() -> auditTrail().page(0, 501)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("limit.invalid");
        assertThat(inTransaction(() -> auditTrail().page(0, 1))).hasSize(1);
    }

    @Test
    void the_entries_concerning_a_patient_are_theirs_only_oldest_first() {
        var alice = PatientId.random();
        var bob = PatientId.random();
        var first = entry(1, alice);
        var other = entry(2, bob);
        var none = entry(3, null);
        var second = entry(4, alice);
        recordEach(List.of(first, other, none, second));

        assertThat(inTransaction(() -> auditTrail().concerning(alice))).containsExactly(first, second);
        assertThat(inTransaction(() -> auditTrail().concerning(bob))).containsExactly(other);
        assertThat(inTransaction(() -> auditTrail().concerning(PatientId.random()))).isEmpty();
    }

    @Test
    void concurrent_writers_lose_no_entry_and_each_keeps_its_own_order() throws Exception {
        int writers = 4;
        int each = 25;
        var pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(() -> {
                    for (int i = 0; i < each; i++) {
                        var e = new AuditEntry(T0, new UserId(uuid(writer)), AuditAction.SEARCH, "Writer", "entry-" + i, null,
                                "w" + writer, "");
                        inTransaction(() -> auditTrail().record(e));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        var recorded = all();
        assertThat(recorded).hasSize(writers * each).doesNotHaveDuplicates();
        for (int w = 0; w < writers; w++) {
            var writer = new UserId(uuid(w));
            assertThat(recorded.stream().filter(e -> writer.equals(e.actor())).map(AuditEntry::resourceId))
                    .containsExactlyElementsOf(IntStream.range(0, each).mapToObj(i -> "entry-" + i).toList());
        }
    }
}
